package org.medtwin.fusion.export.omop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OmopDdlTest {

  @Test
  void shippedDdl_isByteForByteTheOfficialFileInSharedData() throws Exception {
    Path shared = sharedOmopFolder();
    for (OmopDdl.Engine engine : OmopDdl.Engine.values()) {
      for (OmopDdl.Part part : OmopDdl.Part.values()) {
        String resource = OmopDdl.resource(engine, part);
        try (InputStream shipped = OmopDdl.class.getResourceAsStream(resource)) {
          assertThat(shipped).as(resource).isNotNull();
          assertThat(shipped.readAllBytes()).as(resource).isEqualTo(Files.readAllBytes(shared.resolve(resource)));
        }
      }
    }
  }

  @Test
  void statements_matchTheCountsOfSourceMd_withTheSchemaFilledIn() {
    // shared/data/omop/SOURCE.md: 39 tables, 28 primary keys, 176 foreign keys, 70 indices (+32 CLUSTER on PostgreSQL).
    assertThat(OmopDdl.statements(OmopDdl.Engine.POSTGRESQL, OmopDdl.Part.DDL, "cdm")).hasSize(39)
        .allMatch(s -> s.contains("CREATE TABLE cdm.")).noneMatch(s -> s.contains("@cdmDatabaseSchema"));
    assertThat(OmopDdl.statements(OmopDdl.Engine.DUCKDB, OmopDdl.Part.PRIMARY_KEYS, "main")).hasSize(28);
    assertThat(OmopDdl.statements(OmopDdl.Engine.POSTGRESQL, OmopDdl.Part.CONSTRAINTS, "cdm")).hasSize(176);
    assertThat(OmopDdl.statements(OmopDdl.Engine.POSTGRESQL, OmopDdl.Part.INDICES, "cdm")).hasSize(70 + 32);
    assertThat(OmopDdl.statements(OmopDdl.Engine.DUCKDB, OmopDdl.Part.INDICES, "main")).hasSize(70);
  }

  @Test
  void schemaName_thatIsNotAPlainIdentifier_isRefusedWithAHint() {
    assertThatThrownBy(() -> OmopDdl.statements(OmopDdl.Engine.POSTGRESQL, OmopDdl.Part.DDL, "cdm; DROP TABLE x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cdm; DROP TABLE x")
        .hasMessageContaining("Maybe --schema cdm?");
  }

  @Test
  void bundledConcepts_holdTheStandardIdsOfAthena() {
    OmopConcepts concepts = OmopConcepts.bundled();
    // Athena: 8507 MALE, 8532 FEMALE (Gender); 9201/9202/9203 Inpatient/Outpatient/Emergency Room Visit; 32817 EHR.
    assertThat(concepts.concepts()).extracting(r -> r.get("concept_id") + " " + r.get("concept_name"))
        .contains("8507 MALE", "8532 FEMALE", "9201 Inpatient Visit", "9202 Outpatient Visit",
            "9203 Emergency Room Visit", "32817 EHR", "0 No matching concept");
    assertThat(OmopFacts.visitConcept("IMP")).isEqualTo(9201);
    assertThat(OmopFacts.visitConcept("ambulatory")).isEqualTo(9202);
    assertThat(OmopFacts.visitConcept("EMER")).isEqualTo(9203);
    assertThat(OmopFacts.visitConcept("home")).isZero();
  }

  private static Path sharedOmopFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("omop");
      if (Files.isRegularFile(candidate.resolve("SOURCE.md"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No shared/data/omop beside the repository or above "
        + Path.of("").toAbsolutePath() + ". The official DDL lives in ../shared/data/omop.");
  }
}
