package org.medtwin.fusion.quality.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClinicalKnowledgeTest {

  @Test
  void bundledFiles_loadAndHoldWhatTheChecksNeed() {
    ClinicalKnowledge knowledge = ClinicalKnowledge.bundled();

    // FHIR R4 AdministrativeGender has exactly four codes.
    assertThat(knowledge.valueSets().get("patient.sex")).containsExactlyInAnyOrder("male", "female", "other", "unknown");
    assertThat(knowledge.ranges()).anySatisfy(r -> {
      assertThat(r.loinc()).isEqualTo("8310-5");
      assertThat(r.unit()).isEqualTo("Cel");
      // Survived extremes: 13.7 Cel (Lancet 2000;355:375) and 46.5 Cel lie inside.
      assertThat(r.low()).isLessThan(13.7);
      assertThat(r.high()).isGreaterThan(46.5);
    });
    assertThat(knowledge.sexSpecific()).anySatisfy(r -> assertThat(r.code()).isEqualTo("O*"));
    assertThat(knowledge.ageSpecific()).allSatisfy(r -> assertThat(r.minAge()).isLessThan(r.maxAge()));
  }

  @Test
  void prefixRule_matchesTheChapter_andExactRuleOnlyItsCode() {
    ConceptRule chapter = new ConceptRule("condition", "http://hl7.org/fhir/sid/icd-10-cm", "O*", "female", 0, 0, "x");
    assertThat(chapter.sqlMatch("s", "c")).isEqualTo("(s = 'http://hl7.org/fhir/sid/icd-10-cm' AND c LIKE 'O%')");
    ConceptRule exact = new ConceptRule("condition", "http://snomed.info/sct", "72892002", "female", 0, 0, "x");
    assertThat(exact.sqlMatch("s", "c")).isEqualTo("(s = 'http://snomed.info/sct' AND c = '72892002')");
  }
}
