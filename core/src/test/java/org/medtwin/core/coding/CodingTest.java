package org.medtwin.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodingTest {

  @Test
  void refusesACodeWithoutItsSystem_namingTheCode() {
    assertThatThrownBy(() -> new Coding(" ", "2345-7", "Glucose"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2345-7' has no code system");
  }

  @Test
  void mapsHl7v2CodingSystemNamesToFhirUris() {
    // HL7 v2 table 0396: LN = LOINC, SCT = SNOMED CT, I10C = ICD-10-CM.
    assertThat(CodeSystem.canonical("LN")).isEqualTo("http://loinc.org");
    assertThat(CodeSystem.canonical("SCT")).isEqualTo("http://snomed.info/sct");
    assertThat(CodeSystem.canonical("I10C")).isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
    assertThat(CodeSystem.canonical("urn:medtwin:lab:x")).isEqualTo("urn:medtwin:lab:x");
  }

  @Test
  void tellsLocalCodesFromStandardOnes() {
    assertThat(new Coding(CodeSystem.local("hospital-b", "lab"), "GLU", null).isLocal()).isTrue();
    assertThat(Coding.loinc("2345-7", null).isLocal()).isFalse();
    assertThat(Coding.loinc("2345-7", null).token()).isEqualTo("http://loinc.org|2345-7");
  }
}
