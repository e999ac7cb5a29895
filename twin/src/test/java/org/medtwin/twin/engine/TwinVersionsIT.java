package org.medtwin.twin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.testing.TestStores;

/** Twin versions on both stores: assembly from the store's facts, versions on change, forks, comparison. */
class TwinVersionsIT {

  @TempDir Path tempDir;

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  /** A 60-year-old man (born 1966-06-01) in two sources linked to person P1, with type 2 diabetes and warfarin. */
  private static void seed(PatientStore store) throws Exception {
    try (Statement sql = store.connection().createStatement()) {
      sql.execute("INSERT INTO patient (source, id, patient_id, source_record_id, run_id, content_hash, birth_date, sex,"
          + " identifiers_json, names_json, addresses_json, telecom_json) VALUES"
          + " ('hospital-a', 'a1', 'a1', 'a1', 'r1', 'h-a1', DATE '1966-06-01', 'male', '[]', '[]', '[]', '[]'),"
          + " ('lab', 'l1', 'l1', 'l1', 'r1', 'h-l1', DATE '1966-06-01', 'male', '[]', '[]', '[]', '[]')");
      sql.execute("INSERT INTO person_link (source, record_id, person_id, run_id, match_probability, content_hash)"
          + " VALUES ('hospital-a', 'a1', 'P1', 'link1', 0.99, 'x'), ('lab', 'l1', 'P1', 'link1', 0.99, 'y')");
      sql.execute("INSERT INTO condition (source, id, patient_id, source_record_id, run_id, content_hash, code_system,"
          + " code, code_display, clinical_status, onset) VALUES"
          + " ('hospital-a', 'c1', 'a1', 'c1', 'r1', 'h-c1', 'http://snomed.info/sct', '44054006', 'Diabetes mellitus type 2',"
          + " 'active', TIMESTAMP '2015-01-01 00:00:00'),"
          + " ('hospital-a', 'c2', 'a1', 'c2', 'r1', 'h-c2', 'http://snomed.info/sct', '10509002', 'Acute bronchitis',"
          + " 'resolved', TIMESTAMP '2020-01-01 00:00:00')");
      sql.execute("INSERT INTO medication_request (source, id, patient_id, source_record_id, run_id, content_hash,"
          + " status, medication_system, medication_code, medication_display, authored_on) VALUES"
          + " ('hospital-a', 'm1', 'a1', 'm1', 'r1', 'h-m1', 'active', 'http://www.nlm.nih.gov/research/umls/rxnorm',"
          + " '855332', 'warfarin sodium 5 MG Oral Tablet', TIMESTAMP '2024-01-01 00:00:00'),"
          + " ('hospital-a', 'm2', 'a1', 'm2', 'r1', 'h-m2', 'stopped', 'http://www.nlm.nih.gov/research/umls/rxnorm',"
          + " '197361', 'amlodipine 5 MG Oral Tablet', TIMESTAMP '2023-01-01 00:00:00')");
      sql.execute("INSERT INTO allergy (source, id, patient_id, source_record_id, run_id, content_hash, code_system, code,"
          + " code_display, clinical_status, criticality, reactions_json) VALUES"
          + " ('hospital-a', 'al1', 'a1', 'al1', 'r1', 'h-al1', 'http://www.nlm.nih.gov/research/umls/rxnorm', '7980',"
          + " 'Penicillin G', 'active', 'high', '[]')");
      sql.execute(observation("o1", "2160-0", "Creatinine", 1.0, "mg/dL", "2026-11-01 08:00:00"));
      sql.execute(observation("o2", "29463-7", "Body weight", 72, "kg", "2026-11-01 08:00:00"));
      sql.execute(observation("o3", "2160-0", "Creatinine", 0.9, "mg/dL", "2026-10-01 08:00:00"));
      // After the twin's clock: must not count.
      sql.execute(observation("o4", "2160-0", "Creatinine", 5.0, "mg/dL", "2026-12-01 08:00:00"));
    }
  }

  private static String observation(String id, String loinc, String display, double value, String unit, String time) {
    return "INSERT INTO observation (source, id, patient_id, source_record_id, run_id, content_hash, status,"
        + " code_system, code, code_display, effective, value_type, value_num, unit) VALUES ('lab', '" + id
        + "', 'l1', '" + id + "', 'r1', 'h-" + id + "', 'final', 'http://loinc.org', '" + loinc + "', '" + display
        + "', TIMESTAMP '" + time + "', 'quantity', " + value + ", '" + unit + "')";
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void assemblesTheTwinOfALinkedPerson_fromEverySourceRecord(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      seed(store);
      TwinVersion v1 = new TwinVersions(store, ModelCatalog.shipped(), CLOCK).update("P1", "run-1");
      PatientTwin twin = v1.twin();
      assertThat(v1.label()).isEqualTo("main@1");
      assertThat(twin.demographics().ageYears()).isEqualTo(60);
      assertThat(twin.conditions()).extracting(TwinCondition::code).containsExactly("44054006");
      assertThat(twin.medications()).extracting(TwinMedication::code).containsExactly("855332");
      assertThat(twin.allergies()).extracting(TwinAllergy::display).containsExactly("Penicillin G");
      // Latest creatinine before the clock is 1.0 (November), not 0.9 (October) nor 5.0 (December).
      assertThat(twin.measurement("2160-0").value()).isEqualTo(1.0);
      // Hand calculation: Cockcroft-Gault (140-60) x 72 / (72 x 1.0) = 80; CKD-EPI 2021 = 86.17.
      assertThat(twin.kidney().creatinineClearance()).isCloseTo(80.0, within(1e-9));
      assertThat(twin.kidney().egfr()).isCloseTo(86.17, within(0.05));
      assertThat(twin.models()).extracting(ApplicableModel::model)
          .containsExactly("news2:rcp-2017", "glucose-insulin", "pkpd:warfarin");
      assertThat(v1.provenance()).extracting(FactRef::toString)
          .contains("condition:hospital-a:c1", "observation:lab:o1", "medication_request:hospital-a:m1")
          .doesNotContain("observation:lab:o3", "observation:lab:o4", "condition:hospital-a:c2");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void newFactsMakeANewVersion_unchangedFactsDoNot_andVersionsCompare(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      seed(store);
      TwinVersions versions = new TwinVersions(store, ModelCatalog.shipped(), CLOCK);
      TwinVersion v1 = versions.update("P1", "run-1");
      assertThat(versions.update("P1", "run-2").label()).isEqualTo("main@1");
      try (Statement sql = store.connection().createStatement()) {
        sql.execute(observation("o5", "2160-0", "Creatinine", 2.0, "mg/dL", "2026-11-20 08:00:00"));
      }
      TwinVersion v2 = versions.update("P1", "run-3");
      assertThat(v2.label()).isEqualTo("main@2");
      assertThat(v2.parentVersion()).isEqualTo(1);
      assertThat(v2.runId()).isEqualTo("run-3");
      assertThat(versions.history("P1")).extracting(TwinVersion::label).containsExactly("main@1", "main@2");
      List<String> diff = TwinDiff.between(v1.twin(), v2.twin()).stream().map(TwinDifference::line).toList();
      // Cockcroft-Gault at 2.0 mg/dL: 80 x 72 / 144 = 40.
      assertThat(diff).anySatisfy(line -> assertThat(line).startsWith("~ measurement Creatinine (2160-0): 1 mg/dL"))
          .contains("~ kidney creatinine clearance Cockcroft-Gault (mL/min): 80 -> 40");
      // The stored version reads back equal.
      assertThat(versions.get("P1", "main", 1).orElseThrow().twin()).isEqualTo(v1.twin());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aForkTriesAScenario_withoutTouchingTheRealTwin(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      seed(store);
      TwinVersions versions = new TwinVersions(store, ModelCatalog.shipped(), CLOCK);
      TwinVersion real = versions.update("P1", "run-1");
      TwinVersion fork = versions.fork(real, "try-gentamicin", List.of(
          new ScenarioChange.StopMedication("warfarin"),
          new ScenarioChange.StartMedication("http://www.nlm.nih.gov/research/umls/rxnorm", "4413", "gentamicin",
              "5 mg/kg IV every 24 h")), "run-fork");
      assertThat(fork.label()).isEqualTo("try-gentamicin@1");
      assertThat(fork.parentBranch()).isEqualTo("main");
      assertThat(fork.twin().models()).extracting(ApplicableModel::model).contains("pkpd:gentamicin")
          .doesNotContain("pkpd:warfarin");
      assertThat(versions.latest("P1", "main").orElseThrow().twin()).isEqualTo(real.twin());
      assertThat(TwinDiff.between(real.twin(), fork.twin())).extracting(TwinDifference::line)
          .contains("- medication warfarin sodium 5 MG Oral Tablet (855332)",
              "+ medication gentamicin (4413): 5 mg/kg IV every 24 h", "+ model pkpd:gentamicin", "- model pkpd:warfarin");
      assertThatThrownBy(() -> versions.fork(real, "main", List.of(), "x")).isInstanceOf(TwinException.class);
      assertThatThrownBy(() -> versions.fork(real, "f2", List.of(new ScenarioChange.StopMedication("aspirin")), "x"))
          .isInstanceOf(TwinException.class).hasMessageContaining("aspirin");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void unknownPatient_isAClearError(Dialect dialect) {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      assertThatThrownBy(() -> new TwinVersions(store, ModelCatalog.shipped(), CLOCK).update("nobody", "r"))
          .isInstanceOf(TwinException.class).hasMessageContaining("No person or patient 'nobody'");
    }
  }
}
