package org.medtwin.governance.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ClinicalNote;
import org.medtwin.core.record.Device;
import org.medtwin.core.record.Encounter;
import org.medtwin.core.record.ImagingStudy;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

class DeidentifierTest {

  private static final LocalDate EXTRACT = LocalDate.of(2026, 11, 25);
  private final Deidentifier safeHarbor =
      new Deidentifier(DeidentificationSettings.safeHarbor(PseudonymsTest.key("k"), EXTRACT));
  private final Deidentifier shifted =
      new Deidentifier(DeidentificationSettings.shifted(PseudonymsTest.key("k"), 180, EXTRACT));

  @Test
  void stripsThePatientToPseudonymSexYearStateAndThreeDigitZip() {
    Patient out = (Patient) safeHarbor.deidentify(NoteScrubberTest.maria());

    assertThat(out.id()).isEqualTo(safeHarbor.patientPseudonym("hospital-a-17")).startsWith("pt-");
    assertThat(out.identifiers()).singleElement()
        .satisfies(id -> assertThat(id.value()).isEqualTo(out.id()));
    assertThat(out.names()).isEmpty();
    assertThat(out.telecom()).isEmpty();
    assertThat(out.birthDate()).isEqualTo(LocalDate.of(1951, 1, 1));
    assertThat(out.sex()).isEqualTo(Sex.FEMALE);
    assertThat(out.addresses()).containsExactly(new Address(List.of(), null, "IL", "627", "US"));
    assertThat(out.provenance().sourceSystem()).isEqualTo("hospital-a");
    assertThat(out.provenance().sourceRecordId()).startsWith("rec-");
  }

  /** Extract day 2026-11-25: a patient born 1925-06-15 is 101, shown as born 2026 - 90 = 1936. */
  @Test
  void aggregatesAgesOver89IntoNinetyPlus() {
    Patient old = patient("old", LocalDate.of(1925, 6, 15), null);
    // Born 1936-11-26: 89 on the extract day (90 the day after), so not aggregated.
    Patient eightyNine = patient("89", LocalDate.of(1936, 11, 26), null);
    // Died 2000-03-01 at 95 (born 1904-07-01): aggregated at the death year, 2000 - 90 = 1910.
    Patient diedOld = patient("dead", LocalDate.of(1904, 7, 1), Instant.parse("2000-03-01T08:00:00Z"));

    assertThat(((Patient) safeHarbor.deidentify(old)).birthDate()).isEqualTo(LocalDate.of(1936, 1, 1));
    assertThat(((Patient) shifted.deidentify(old)).birthDate()).isEqualTo(LocalDate.of(1936, 1, 1));
    assertThat(((Patient) safeHarbor.deidentify(eightyNine)).birthDate())
        .isEqualTo(LocalDate.of(1936, 1, 1));
    assertThat(((Patient) shifted.deidentify(eightyNine)).birthDate())
        .isNotEqualTo(LocalDate.of(1936, 11, 26)).isNotEqualTo(LocalDate.of(1936, 1, 1));
    assertThat(((Patient) safeHarbor.deidentify(diedOld)).birthDate())
        .isEqualTo(LocalDate.of(1910, 1, 1));
  }

  @Test
  void reducesEveryDateToItsYear() {
    Encounter out = (Encounter) safeHarbor.deidentify(encounter("e1", "2019-06-03T10:15:00Z"));

    assertThat(out.start()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
    assertThat(out.end()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
    assertThat(out.patientId()).isEqualTo(safeHarbor.patientPseudonym("hospital-a-17"));
    assertThat(out.id()).isEqualTo(safeHarbor.pseudonyms().record("e1"));
  }

  @Test
  void shiftsEveryDateOfAPatientByTheSameDays_keepingIntervals() {
    Encounter first = encounter("e1", "2019-06-03T10:15:00Z");
    Encounter second = encounter("e2", "2019-09-20T08:00:00Z");
    Encounter a = (Encounter) shifted.deidentify(first);
    Encounter b = (Encounter) shifted.deidentify(second);
    Patient p = (Patient) shifted.deidentify(NoteScrubberTest.maria());

    long shiftA = Duration.between(first.start(), a.start()).toDays();
    assertThat(shiftA).isBetween(-180L, 180L).isNotZero();
    assertThat(Duration.between(second.start(), b.start()).toDays()).isEqualTo(shiftA);
    assertThat(Duration.between(a.start(), a.end())).isEqualTo(Duration.ofHours(2));
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(1951, 3, 14).plusDays(shiftA));
  }

  @Test
  void dropsDeviceIdentifiers_andPseudonymisesStudyUids() {
    Provenance prov = Provenance.fromSource("hospital-a", "d1");
    Device device = new Device("d1", "hospital-a-17", Coding.snomed("14106009", "Cardiac pacemaker"),
        "active", "(01)00844588003288(17)141120(10)7654321D(21)10987654d321", null, null, prov);
    ImagingStudy study = new ImagingStudy("s1", "hospital-a-17", null, "1.2.840.113619.2.55.3.1",
        "available", Instant.parse("2020-02-02T02:02:00Z"), List.of(), null, null, 1, 10, prov);

    assertThat(((Device) safeHarbor.deidentify(device)).udi()).isNull();
    assertThat(((ImagingStudy) safeHarbor.deidentify(study)).studyUid())
        .startsWith("2.25.").doesNotContain("113619");
  }

  @Test
  void scrubsNotesAndTextResultsWithWhatIsKnownOfThePatient() {
    Provenance prov = Provenance.fromSource("hospital-a", "n1");
    ClinicalNote note = new ClinicalNote("n1", "hospital-a-17", "e1", "current", null,
        Instant.parse("2019-06-03T10:15:00Z"), null, "Maria Gonzalez called from 217-555-0143.", prov);
    Observation text = new Observation("o1", "hospital-a-17", null, "final", "social-history",
        Coding.loinc("8689-2", "History of travel"), Instant.parse("2019-06-03T10:15:00Z"),
        new ObservationValue.Text("Visited Elena in Springfield"), null, null, null, null, List.of(), prov);
    IdentifyingText known = IdentifyingText.of(NoteScrubberTest.maria());

    assertThat(((ClinicalNote) safeHarbor.deidentify(note, known)).text())
        .isEqualTo("[NAME] [NAME] called from [PHONE].");
    assertThat(((Observation) safeHarbor.deidentify(text, known)).value())
        .isEqualTo(new ObservationValue.Text("Visited [NAME] in [PLACE]"));
  }

  private static Patient patient(String id, LocalDate birth, Instant deceased) {
    return new Patient(id, List.of(), List.of(), birth, Sex.MALE, List.of(), List.of(), deceased,
        Provenance.fromSource("hospital-a", id));
  }

  private static Encounter encounter(String id, String start) {
    Instant begin = Instant.parse(start);
    return new Encounter(id, "hospital-a-17", "finished", "AMB", null, begin,
        begin.plus(Duration.ofHours(2)), null, Provenance.fromSource("hospital-a", id));
  }
}
