package org.medtwin.fusion.quality.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeFormatsTest {

  @Test
  void loincCheckDigit_acceptsPublishedCodes_andRejectsAChangedDigit() {
    // Codes as published by LOINC (Regenstrief): glucose, heart rate, systolic BP, body weight, HbA1c.
    for (String code : new String[] {"2339-0", "8867-4", "8480-6", "29463-7", "4548-4", "2345-7"}) {
      assertThat(CodeFormats.loincCheckDigit(code)).as(code).isTrue();
    }
    assertThat(CodeFormats.loincCheckDigit("2339-1")).isFalse();
    assertThat(CodeFormats.loincCheckDigit("8867-5")).isFalse();
  }

  @Test
  void loincFormat_needsDigitsHyphenAndOneCheckDigit() {
    assertThat(CodeFormats.loincFormat("2339-0")).isTrue();
    assertThat(CodeFormats.loincFormat("23390")).isFalse();
    assertThat(CodeFormats.loincFormat("12345678-9")).isFalse();
    assertThat(CodeFormats.loincFormat("LP1234-5")).isFalse();
  }

  @Test
  void snomedVerhoeff_acceptsInternationalEditionConcepts_andRejectsTranspositions() {
    // 22298006 myocardial infarction, 73211009 diabetes mellitus, 38341003 hypertensive disorder.
    for (String id : new String[] {"22298006", "73211009", "38341003", "72892002"}) {
      assertThat(CodeFormats.snomedConceptIdFormat(id)).as(id).isTrue();
      assertThat(CodeFormats.verhoeff(id)).as(id).isTrue();
    }
    // Verhoeff catches every adjacent transposition: 22298006 -> 22928006.
    assertThat(CodeFormats.verhoeff("22928006")).isFalse();
    assertThat(CodeFormats.snomedConceptIdFormat("0399068003")).isFalse();
    // Partition 01 is a description id, not a concept.
    assertThat(CodeFormats.snomedConceptIdFormat("399068013")).isFalse();
  }

  @Test
  void otherFormats_followTheirSpecifications() {
    assertThat(CodeFormats.icd10CmFormat("E11.9")).isTrue();
    assertThat(CodeFormats.icd10CmFormat("S72001A")).isTrue();
    assertThat(CodeFormats.icd10CmFormat("O8")).isFalse();
    assertThat(CodeFormats.rxNormFormat("314076")).isTrue();
    assertThat(CodeFormats.rxNormFormat("0314076")).isFalse();
    assertThat(CodeFormats.cvxFormat("140")).isTrue();
    assertThat(CodeFormats.cvxFormat("1400")).isFalse();
    assertThat(CodeFormats.dicomUid("1.2.840.10008.1.2")).isTrue();
    assertThat(CodeFormats.dicomUid("1.2.840.01")).isFalse();
    assertThat(CodeFormats.dicomUid("1." + "1".repeat(70))).isFalse();
    assertThat(CodeFormats.ucumSyntax("mm[Hg]")).isTrue();
    assertThat(CodeFormats.ucumSyntax("mL/min/{1.73_m2}")).isTrue();
    assertThat(CodeFormats.ucumSyntax("mg / dL")).isFalse();
    assertThat(CodeFormats.ucumSyntax("mm[Hg")).isFalse();
    assertThat(CodeFormats.usZip("02134-1234")).isTrue();
    assertThat(CodeFormats.usZip("2134")).isFalse();
    assertThat(CodeFormats.phone("+1 (555) 123-4567")).isTrue();
    assertThat(CodeFormats.phone("555-98")).isFalse();
    assertThat(CodeFormats.namePart("Ann")).isTrue();
    assertThat(CodeFormats.namePart("Ann644")).isFalse();
  }
}
