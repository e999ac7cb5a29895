package org.medtwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;
import org.medtwin.cli.testing.SyntheticNetworks;

/**
 * The {@code medtwin} command line given wrong, empty and hostile input: each mistake is one line
 * on standard error that names what is wrong, with a non-zero exit status and no stack trace.
 */
class CliIT {

  @TempDir Path tempDir;

  @Test
  void unknownOption_isNamedInOneLine() {
    CliRun run = CliRun.of("ingest", tempDir.toString(), "--bogus", "x");

    assertOneLineError(run, "--bogus");
  }

  @Test
  void generate_withZeroPatients_saysHowManyAreNeeded() {
    CliRun run = CliRun.of("generate", "--patients", "0", "--out", tempDir.resolve("net").toString());

    assertOneLineError(run, "patients");
  }

  @Test
  void generate_withPatientsNotANumber_namesTheValue() {
    CliRun run = CliRun.of("generate", "--patients", "abc", "--out", tempDir.resolve("net").toString());

    assertOneLineError(run, "--patients", "abc");
  }

  @Test
  void ingest_ofAMissingFolder_namesIt() {
    Path missing = tempDir.resolve("no-such-network");

    CliRun run = CliRun.of("ingest", missing.toString(), "--store", store());

    assertOneLineError(run, missing.toString(), "not a folder");
  }

  @Test
  void ingest_ofAnEmptyFolder_saysWhatASourceFolderLooksLike() throws Exception {
    Path empty = Files.createDirectories(tempDir.resolve("empty"));

    CliRun run = CliRun.of("ingest", empty.toString(), "--store", store());

    assertOneLineError(run, empty.toString(), "holds no source", "medtwin-source.json");
  }

  @Test
  void ingest_ofAFile_saysItIsNotAFolder() throws Exception {
    Path file = Files.writeString(tempDir.resolve("bundle.json"), "{}");

    CliRun run = CliRun.of("ingest", file.toString(), "--store", store());

    assertOneLineError(run, file.toString(), "not a folder");
  }

  @Test
  void ingest_intoAStoreWhoseFolderCannotBeMade_namesTheStore() throws Exception {
    Path network = smallSource();
    Path blocker = Files.writeString(tempDir.resolve("a-file"), "not a folder");
    Path store = blocker.resolve("store.duckdb");

    CliRun run = CliRun.of("ingest", network.toString(), "--store", store.toString());

    assertOneLineError(run, "store", store.toString());
  }

  @Test
  void ingest_intoAnUnsupportedDatabase_namesTheUrlAndWhatIsSupported() throws Exception {
    CliRun run = CliRun.of("ingest", smallSource().toString(), "--store", "jdbc:mysql://x");

    assertOneLineError(run, "jdbc:mysql://x", "jdbc:postgresql:");
  }

  @Test
  void ingest_withBatchZero_namesTheOption() throws Exception {
    CliRun run = CliRun.of("ingest", smallSource().toString(), "--store", store(), "--batch", "0");

    assertOneLineError(run, "--batch", "0");
  }

  @Test
  void ingest_writesTheReportAsJsonThatAccountsForEverySource() throws Exception {
    Path network = SyntheticNetworks.small();
    Path json = tempDir.resolve("reports/run.json");

    CliRun run = CliRun.of("ingest", network.toString(), "--store", store(), "--report-json", json.toString());

    assertThat(run.exitCode()).as("exit status; stderr: %s", run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.path("run").isTextual()).as("run id in %s", report).isTrue();
    assertThat(run.out()).contains(report.path("run").asText());
    List<String> sources = new ArrayList<>();
    for (JsonNode source : report.path("sources")) {
      sources.add(source.path("source").asText() + "/" + source.path("format").asText());
      for (String count : List.of("read", "loaded", "unchanged", "quarantined")) {
        assertThat(source.path(count).isIntegralNumber()).as("%s of %s", count, source).isTrue();
      }
      assertThat(source.path("read").asLong()).as("records read by %s", source.path("source")).isPositive();
      assertThat(source.path("loaded").asLong() + source.path("unchanged").asLong()
              + source.path("quarantined").asLong())
          .isEqualTo(source.path("read").asLong());
    }
    assertThat(sources).containsExactly("hospital-a/fhir", "hospital-b/synthea-csv", "lab/hl7v2");
  }

  private String store() {
    return tempDir.resolve("store.duckdb").toString();
  }

  /** A source folder of one FHIR bundle with one patient. */
  private Path smallSource() throws Exception {
    Path source = tempDir.resolve("source");
    Files.createDirectories(source.resolve("fhir"));
    Files.writeString(source.resolve("fhir/one.json"),
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
            + "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"male\"}}]}");
    return source;
  }

  private static void assertOneLineError(CliRun run, String... named) {
    assertThat(run.exitCode()).as("exit status; stderr:%n%s", run.err()).isNotZero();
    assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
    assertThat(run.errLines()).as("stderr").hasSize(1);
    assertThat(run.errLines().get(0)).contains(named);
  }
}
