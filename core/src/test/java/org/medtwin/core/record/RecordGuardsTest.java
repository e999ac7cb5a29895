package org.medtwin.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

class RecordGuardsTest {

  private final Provenance lab = Provenance.fromSource("lab", "MSG1");

  @Test
  void namesTheRecordAndTheMissingField() {
    assertThatThrownBy(() -> new Observation("o1", "p1", null, null, null, Coding.loinc("2345-7", null),
            null, null, null, null, null, null, List.of(), lab))
        .hasMessage("Observation o1 is missing its required status.");
    assertThatThrownBy(() -> new Encounter("e1", "p1", "finished", "AMB", null, null, null, null, lab))
        .hasMessage("Encounter e1 is missing its required start time.");
    assertThatThrownBy(() -> new Condition("c1", " ", null, Coding.snomed("44054006", null), null, null, null, lab))
        .hasMessage("Condition c1 is missing its required patient reference.");
  }

  @Test
  void readsSexCodesOfFhirHl7v2AndCsv() {
    assertThat(Sex.fromCode("female")).isEqualTo(Sex.FEMALE);
    assertThat(Sex.fromCode("M")).isEqualTo(Sex.MALE);
    assertThat(Sex.fromCode("")).isEqualTo(Sex.UNKNOWN);
    assertThatThrownBy(() -> Sex.fromCode("X")).hasMessageContaining("'X' is not a sex code");
  }

  @Test
  void stampsTheIngestRunWithoutChangingAnythingElse() {
    Immunization flu = new Immunization("i1", "p1", null, "completed",
        new Coding("http://hl7.org/fhir/sid/cvx", "140", "Influenza"), Instant.parse("2020-10-01T00:00:00Z"), lab);
    Immunization stored = flu.inRun("run-7");
    assertThat(stored.provenance().ingestRun()).isEqualTo("run-7");
    assertThat(stored.provenance().sourceRecordId()).isEqualTo("MSG1");
    assertThat(stored.vaccine()).isEqualTo(flu.vaccine());
  }
}
