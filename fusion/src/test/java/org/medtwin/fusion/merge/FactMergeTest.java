package org.medtwin.fusion.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medtwin.fusion.merge.MergeFixtures.T0;
import static org.medtwin.fusion.merge.MergeFixtures.from;
import static org.medtwin.fusion.merge.MergeFixtures.glucose;
import static org.medtwin.fusion.merge.MergeFixtures.patient;
import static org.medtwin.fusion.merge.MergeFixtures.penicillin;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Sex;

class FactMergeTest {

  // Bundled tolerances: 5 minutes, relative 0.001.
  private final GoldenRecordMerger merger = new GoldenRecordMerger(SurvivorshipPolicy.bundled());

  private GoldenRecord merge(ClinicalRecord... facts) {
    return merger.merge(new PersonRecords(
        "P1", List.of(patient("hospital-a", "A1", "Ann", "Lee", "1970-01-01", Sex.FEMALE)), List.of(facts)));
  }

  @Test
  void theSameLabResultFromTwoSources_becomesOneFactWithBothProvenances() {
    GoldenRecord golden = merge(
        glucose("lab", "MSG1-1", T0.plusSeconds(180), "99.09"),
        glucose("hospital-a", "obs-7", T0, "99.1"));

    assertThat(golden.facts()).singleElement().satisfies(f -> {
      assertThat(f.provenances()).containsExactly(from("hospital-a", "obs-7"), from("lab", "MSG1-1"));
      assertThat(f.fact().id()).isEqualTo("obs-7");
      assertThat(f.type()).isEqualTo("Observation");
    });
    assertThat(golden.conflicts()).isEmpty();
  }

  @Test
  void effectiveTimes_exactlyAtTheToleranceAreTheSameMoment_oneSecondBeyondAreNot() {
    GoldenRecord atEdge = merge(
        glucose("hospital-a", "a", T0, "100"),
        glucose("lab", "b", T0.plus(Duration.ofMinutes(5)), "100"));
    assertThat(atEdge.facts()).hasSize(1);

    GoldenRecord beyond = merge(
        glucose("hospital-a", "a", T0, "100"),
        glucose("lab", "b", T0.plus(Duration.ofMinutes(5)).plusSeconds(1), "100"));
    assertThat(beyond.facts()).hasSize(2);
    assertThat(beyond.conflicts()).as("different times are different results, not a conflict").isEmpty();
  }

  @Test
  void values_withinTheRelativeToleranceMerge_justBeyondItConflict() {
    // Both sent to two decimals, so only the relative tolerance can make them equal.
    // |100 - 100.1| = 0.1 <= 0.001 * 100.1 = 0.1001: the same value.
    assertThat(merge(glucose("hospital-a", "a", T0, "100.00"), glucose("lab", "b", T0, "100.10")).facts())
        .hasSize(1);

    // |100 - 100.11| = 0.11 > 0.001 * 100.11 = 0.10011: a different value at the same time.
    GoldenRecord differ = merge(glucose("hospital-a", "a", T0, "100.00"), glucose("lab", "b", T0, "100.11"));
    assertThat(differ.facts()).hasSize(2);
    assertThat(differ.conflicts()).containsExactly(new Conflict.ObservationValueConflict(
        "P1", MergeFixtures.GLUCOSE, T0,
        List.of(new ConflictValue("100 mg/dL", List.of(from("hospital-a", "a"))),
            new ConflictValue("100.11 mg/dL", List.of(from("lab", "b"))))));
    assertThat(differ.conflicts().get(0).field()).isEqualTo("http://loinc.org|2345-7@2024-03-01T08:00:00Z");
    assertThat(differ.conflicts().get(0).chosen()).isNull();
  }

  @Test
  void aValueSentWithFewerDecimals_matchesEveryValueThatRoundsToIt() {
    // 7.4 stands for [7.35, 7.45]: 7.3813 and 7.45 round to it, 7.4501 does not (and is 0.68 %
    // away, beyond the relative tolerance).
    assertThat(merge(glucose("hospital-a", "a", T0, "7.3813"), glucose("hospital-b", "b", T0, "7.4")).facts())
        .hasSize(1);
    assertThat(merge(glucose("hospital-a", "a", T0, "7.45"), glucose("hospital-b", "b", T0, "7.4")).facts())
        .hasSize(1);
    GoldenRecord beyond = merge(glucose("hospital-a", "a", T0, "7.4501"), glucose("hospital-b", "b", T0, "7.4"));
    assertThat(beyond.facts()).hasSize(2);
    assertThat(beyond.conflicts()).hasSize(1);
  }

  @Test
  void aConvertedValue_isAsPreciseAsTheValueTheSourceSent() {
    // Sent as 5.54 mmol/L (±0.005), converted x18.016 to 99.81 mg/dL: known to ±0.09008 mg/dL.
    // 99.89 is within 0.08 + 0.005 of it; 99.91 (0.10 away) is beyond 0.09008 + 0.005.
    Observation converted = convertedGlucose("99.81", "5.54");
    assertThat(merge(converted, glucose("hospital-a", "a", T0, "99.89")).facts()).hasSize(1);
    assertThat(merge(converted, glucose("hospital-a", "a", T0, "99.91")).facts()).hasSize(2);
  }

  private static Observation convertedGlucose(String mgPerDl, String mmolPerL) {
    Observation plain = glucose("hospital-b", "b", T0, mgPerDl);
    return new Observation(plain.id(), plain.patientId(), null, plain.status(), plain.category(), plain.code(),
        plain.effective(), plain.value(),
        new ObservationValue.Numeric(new Quantity(new BigDecimal(mmolPerL), "mmol/L")),
        new Coding("urn:medtwin:hospital-b:lab", "GLU", null), null, null, List.of(), plain.provenance());
  }

  @Test
  void aCodedAnswer_andItsDisplayAsText_areTheSameValue() {
    Coding smoking = Coding.loinc("72166-2", "Tobacco smoking status");
    Observation coded = answer("hospital-a", smoking,
        new ObservationValue.Coded(Coding.snomed("266919005", "Never smoked tobacco (finding)")));
    Observation text = answer("hospital-b", smoking, new ObservationValue.Text("Never smoked tobacco (finding) "));
    Observation other = answer("lab", smoking, new ObservationValue.Text("Current every day smoker (finding)"));

    GoldenRecord golden = merge(coded, text, other);

    assertThat(golden.facts()).extracting(f -> f.provenances().size()).containsExactly(2, 1);
    assertThat(golden.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
        .extracting(ConflictValue::value)
        .containsExactly("Current every day smoker (finding)", "http://snomed.info/sct|266919005"));
  }

  private static Observation answer(String source, Coding code, ObservationValue value) {
    return new Observation(source + "-1", "p", null, "final", "social-history", code, T0, value, null, null,
        null, null, List.of(), MergeFixtures.from(source, source + "-1"));
  }

  @Test
  void threeReportsOfTwoValues_giveTwoFactsAndOneConflict() {
    GoldenRecord golden = merge(
        glucose("hospital-a", "a", T0, "100"),
        glucose("hospital-b", "b", T0.plusSeconds(60), "100"),
        glucose("lab", "c", T0.plusSeconds(30), "140"));

    assertThat(golden.facts()).extracting(f -> f.provenances().size()).containsExactly(2, 1);
    assertThat(golden.conflicts()).singleElement().satisfies(c -> assertThat(c.values())
        .extracting(ConflictValue::value).containsExactly("100 mg/dL", "140 mg/dL"));
  }

  @Test
  void anAllergyActiveInOneSourceAndRefutedInAnother_isKeptTwiceAndFlagged() {
    GoldenRecord golden = merge(
        penicillin("hospital-a", "al-1", "active", "confirmed"),
        penicillin("hospital-b", "al-9", "active", "refuted"),
        penicillin("lab", "al-3", "active", null));

    assertThat(golden.facts()).hasSize(2);
    assertThat(golden.facts()).filteredOn(f -> f.provenances().size() == 2).singleElement()
        .satisfies(f -> assertThat(f.provenances()).containsExactly(from("hospital-a", "al-1"), from("lab", "al-3")));
    assertThat(golden.conflicts()).containsExactly(new Conflict.AllergyStatusConflict(
        "P1", MergeFixtures.PENICILLIN,
        List.of(new ConflictValue("active", List.of(from("hospital-a", "al-1"), from("lab", "al-3"))),
            new ConflictValue("refuted", List.of(from("hospital-b", "al-9"))))));
  }

  @Test
  void anAllergyWithUnknownStatus_doesNotConflictWithAnActiveOne() {
    GoldenRecord golden = merge(
        penicillin("hospital-a", "al-1", "active", null),
        penicillin("lab", "al-3", null, null));

    assertThat(golden.facts()).hasSize(2);
    assertThat(golden.conflicts()).isEmpty();
  }

  @Test
  void mergedFactIds_areStableAcrossInputOrder_andDifferWhenMembersDiffer() {
    List<ClinicalRecord> facts = new ArrayList<>(List.of(
        glucose("hospital-a", "a", T0, "100"), glucose("lab", "b", T0, "100"),
        penicillin("hospital-a", "al-1", "active", null)));
    GoldenRecord first = merge(facts.toArray(ClinicalRecord[]::new));
    Collections.reverse(facts);
    GoldenRecord reversed = merge(facts.toArray(ClinicalRecord[]::new));

    assertThat(reversed.facts()).isEqualTo(first.facts());
    assertThat(first.facts().get(0).id()).startsWith("Observation-").hasSize("Observation-".length() + 20);
    assertThat(merge(glucose("hospital-a", "a", T0, "100")).facts().get(0).id())
        .isNotEqualTo(first.facts().get(0).id());
  }
}
