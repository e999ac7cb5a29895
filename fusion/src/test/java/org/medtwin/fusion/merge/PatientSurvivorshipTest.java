package org.medtwin.fusion.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medtwin.fusion.merge.MergeFixtures.from;
import static org.medtwin.fusion.merge.MergeFixtures.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;

class PatientSurvivorshipTest {

  private final GoldenRecordMerger merger = new GoldenRecordMerger(SurvivorshipPolicy.bundled());

  private GoldenRecord merge(SourcePatient... patients) {
    return merger.merge(new PersonRecords("P1", List.of(patients), List.of()));
  }

  @Test
  void birthDate_takesTheValueMostRecordsAgreeOn_andFlagsTheDisagreement() {
    GoldenRecord golden = merge(
        patient("lab", "L1", "Jon", "Smyth", "1980-04-03", Sex.MALE),
        patient("hospital-a", "A1", "Jon", "Smith", "1980-03-04", Sex.MALE),
        patient("hospital-b", "B1", "Jon", "Smith", "1980-04-03", Sex.MALE));

    FieldChoice birth = golden.patient().choice(PatientField.BIRTH_DATE);
    assertThat(birth.value()).isEqualTo(LocalDate.of(1980, 4, 3));
    assertThat(birth.rule()).isEqualTo("frequency");
    // hospital-b outranks the lab in the bundled trust order, so it stands for the majority value.
    assertThat(birth.from()).isEqualTo(from("hospital-b", "B1"));
    assertThat(golden.conflicts()).containsExactly(new Conflict.PatientFieldConflict(
        "P1", PatientField.BIRTH_DATE,
        List.of(new ConflictValue("1980-03-04", List.of(from("hospital-a", "A1"))),
            new ConflictValue("1980-04-03", List.of(from("hospital-b", "B1"), from("lab", "L1")))),
        "1980-04-03"));
  }

  @Test
  void sex_fallsToSourceTrust_whenTheVoteTies() {
    GoldenRecord golden = merge(
        patient("hospital-b", "B1", "Ann", "Lee", "1970-01-01", Sex.MALE),
        patient("hospital-a", "A1", "Ann", "Lee", "1970-01-01", Sex.FEMALE));

    FieldChoice sex = golden.patient().choice(PatientField.SEX);
    assertThat(sex.value()).isEqualTo(Sex.FEMALE);
    assertThat(sex.rule()).isEqualTo("trust");
    assertThat(golden.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("patient-field");
      assertThat(c.field()).isEqualTo("sex");
      assertThat(c.chosen()).isEqualTo("female");
      assertThat(c.values()).extracting(ConflictValue::value).containsExactly("female", "male");
    });
  }

  @Test
  void unknownSex_isNotACandidate_soItNeverConflicts() {
    GoldenRecord golden = merge(
        patient("hospital-b", "B1", "Ann", "Lee", "1970-01-01", Sex.UNKNOWN),
        patient("lab", "L1", "Ann", "Lee", "1970-01-01", Sex.FEMALE));

    assertThat(golden.patient().sex()).isEqualTo(Sex.FEMALE);
    assertThat(golden.patient().choice(PatientField.SEX).rule()).isEqualTo("agreement");
    assertThat(golden.conflicts()).isEmpty();
  }

  @Test
  void name_comesFromTheMostCompleteRecord_withoutAConflict() {
    GoldenRecord golden = merge(
        patient("hospital-a", "A1", "Jon", "Smith", null, Sex.UNKNOWN),
        patient("hospital-b", "B1", "Jonathan", "Smith", "1980-04-03", Sex.MALE));

    FieldChoice name = golden.patient().choice(PatientField.NAME);
    assertThat(golden.patient().name().firstGiven()).isEqualTo("Jonathan");
    assertThat(name.rule()).isEqualTo("completeness");
    assertThat(name.from()).isEqualTo(from("hospital-b", "B1"));
    assertThat(golden.conflicts()).isEmpty();
  }

  @Test
  void phone_takesTheMostRecentReport_andAnUnknownTimeRanksLast() {
    Instant older = Instant.parse("2023-01-01T00:00:00Z");
    Instant newer = Instant.parse("2024-01-01T00:00:00Z");
    GoldenRecord golden = merge(
        patient("hospital-a", "A1", "Ann", "Lee", null, Sex.FEMALE, "+61200000001", null),
        patient("hospital-b", "B1", "Ann", "Lee", null, Sex.FEMALE, "+61200000002", newer),
        patient("lab", "L1", "Ann", "Lee", null, Sex.FEMALE, "+61200000003", older));

    assertThat(golden.patient().phone().value()).isEqualTo("+61200000002");
    assertThat(golden.patient().choice(PatientField.PHONE).rule()).isEqualTo("recency");
  }

  @Test
  void sourcesOutsideTheTrustOrder_rankBelowListedOnes_andTieBreakOnSourceName() {
    GoldenRecord listedWins = merge(
        patient("clinic-z", "Z1", "Ann", "Lee", "1970-01-02", Sex.FEMALE),
        patient("lab", "L1", "Ann", "Lee", "1970-01-01", Sex.FEMALE));
    assertThat(listedWins.patient().birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(listedWins.patient().choice(PatientField.BIRTH_DATE).rule()).isEqualTo("trust");

    GoldenRecord tieBreak = merge(
        patient("clinic-z", "Z1", "Ann", "Lee", "1970-01-02", Sex.FEMALE),
        patient("clinic-y", "Y1", "Ann", "Lee", "1970-01-01", Sex.FEMALE));
    assertThat(tieBreak.patient().birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(tieBreak.patient().choice(PatientField.BIRTH_DATE).rule()).isEqualTo("tie-break");
    assertThat(tieBreak.patient().choice(PatientField.BIRTH_DATE).from()).isEqualTo(from("clinic-y", "Y1"));
  }

  @Test
  void agreeingSources_giveAgreementAndNoConflict_andAbsentFieldsStayEmpty() {
    GoldenRecord golden = merge(
        patient("hospital-a", "A1", "Ann", "Lee", "1970-01-01", Sex.FEMALE),
        patient("lab", "L1", "Ann", "Lee", "1970-01-01", Sex.FEMALE));

    assertThat(golden.patient().choice(PatientField.BIRTH_DATE).rule()).isEqualTo("agreement");
    assertThat(golden.patient().choice(PatientField.BIRTH_DATE).from()).isEqualTo(from("hospital-a", "A1"));
    assertThat(golden.patient().choice(PatientField.ADDRESS)).isNull();
    assertThat(golden.patient().deceased()).isNull();
    assertThat(golden.conflicts()).isEmpty();
    assertThat(golden.patient().sources()).containsExactly(from("hospital-a", "A1"), from("lab", "L1"));
  }

  @Test
  void aDeathDateAndADeathTimeOnTheSameDay_agree_butDifferentDaysConflict() {
    SourcePatient day = deceased("hospital-b", "B1", "2010-04-23T00:00:00Z");
    SourcePatient minute = deceased("hospital-a", "A1", "2010-04-23T10:11:46Z");
    SourcePatient nextDay = deceased("lab", "L1", "2010-04-24T00:00:00Z");

    GoldenRecord sameDay = merge(day, minute);
    assertThat(sameDay.patient().deceased()).isEqualTo(Instant.parse("2010-04-23T10:11:46Z"));
    assertThat(sameDay.patient().choice(PatientField.DECEASED).rule()).isEqualTo("agreement");
    assertThat(sameDay.conflicts()).isEmpty();

    GoldenRecord twoDays = merge(day, minute, nextDay);
    assertThat(twoDays.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("deceased");
      assertThat(c.values()).containsExactly(
          new ConflictValue("2010-04-23T10:11:46Z", List.of(from("hospital-a", "A1"), from("hospital-b", "B1"))),
          new ConflictValue("2010-04-24T00:00:00Z", List.of(from("lab", "L1"))));
      // trust first: hospital-a's value, the more precise one of its day.
      assertThat(c.chosen()).isEqualTo("2010-04-23T10:11:46Z");
    });
  }

  private static SourcePatient deceased(String source, String id, String at) {
    SourcePatient alive = patient(source, id, "Ann", "Lee", "1940-01-01", Sex.FEMALE);
    org.medtwin.core.record.Patient p = alive.patient();
    return new SourcePatient(new org.medtwin.core.record.Patient(p.id(), p.identifiers(), p.names(), p.birthDate(),
        p.sex(), p.addresses(), p.telecom(), Instant.parse(at), p.provenance()), null);
  }

  @Test
  void theOutcome_doesNotDependOnInputOrder() {
    List<SourcePatient> patients = new ArrayList<>(List.of(
        patient("lab", "L1", "Jon", "Smyth", "1980-04-03", Sex.MALE),
        patient("hospital-a", "A1", "Jon", "Smith", "1980-03-04", Sex.FEMALE),
        patient("hospital-b", "B1", "Jonathan", "Smith", "1980-04-03", Sex.MALE)));
    GoldenRecord first = merger.merge(new PersonRecords("P1", patients, List.of()));
    Collections.reverse(patients);
    GoldenRecord reversed = merger.merge(new PersonRecords("P1", patients, List.of()));

    assertThat(reversed.patient().choices()).isEqualTo(first.patient().choices());
    assertThat(reversed.conflicts()).isEqualTo(first.conflicts());
  }
}
