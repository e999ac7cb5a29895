package org.medtwin.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Condition;

class SensitiveSectionsTest {

  private final SensitiveSections sections = SensitiveSections.standard();

  @Test
  void placesIcd10ChapterFiveCodesInMentalHealth_andNothingOutsideIt() {
    // ICD-10-CM chapter 5 runs F01-F99: F32.9 (depression) is in, G30.9 (Alzheimer's) is not.
    assertThat(sections.sectionsOf(new Coding(CodeSystem.ICD_10_CM, "F32.9", null)))
        .containsExactly("mental_health");
    assertThat(sections.sectionsOf(new Coding(CodeSystem.ICD_10_CM, "G30.9", null))).isEmpty();
    assertThat(sections.sectionsOf(new Coding(CodeSystem.ICD_10_CM, "F00", null))).isEmpty();
  }

  @Test
  void placesHivAndSexuallyTransmittedInfectionsInSexualHealth() {
    // A54.9 gonococcal infection lies in block A50-A64; B20 is HIV disease.
    assertThat(sections.sectionsOf(new Coding(CodeSystem.ICD_10_CM, "A54.9", null)))
        .containsExactly("sexual_health");
    assertThat(sections.sectionsOf(new Coding(CodeSystem.ICD_10_CM, "B20", null)))
        .containsExactly("sexual_health");
    assertThat(sections.sectionsOf(Coding.snomed("86406008", "HIV infection")))
        .containsExactly("sexual_health");
    assertThat(sections.sectionsOf(new Coding(CodeSystem.ICD_10_CM, "A49.9", null))).isEmpty();
  }

  @Test
  void leavesOutTheRecordsOfWithheldSections() {
    ClinicalRecord depression = condition("c1", Coding.snomed("370143000", "Major depressive disorder"));
    ClinicalRecord fracture = condition("c2", Coding.snomed("33737001", "Fracture of rib"));
    Decision decision =
        new Decision(true, List.of(new Reason("care-team", "x")), Set.of(Obligation.WITHHOLD_SECTIONS),
            new TreeSet<>(Set.of("mental_health")));

    assertThat(sections.visible(List.of(depression, fracture), decision)).containsExactly(fracture);
  }

  @Test
  void refusesAMalformedRange() {
    String text = "# version: 1\nsection,system,match,code,display,source\n"
        + "x,http://hl7.org/fhir/sid/icd-10-cm,range,F99-F01,d,s\n";

    assertThatThrownBy(() -> SensitiveSections.parse("s.csv", text))
        .hasMessageContaining("s.csv line 3 has range 'F99-F01'");
  }

  @Test
  void definesTheThreeSections() {
    assertThat(sections.names()).containsExactly("mental_health", "sexual_health", "substance_use");
    assertThat(Map.of()).isEmpty();
  }

  private static Condition condition(String id, Coding code) {
    return new Condition(id, "p1", null, code, "active", Instant.parse("2020-01-01T00:00:00Z"),
        null, Provenance.fromSource("hospital-a", id));
  }
}
