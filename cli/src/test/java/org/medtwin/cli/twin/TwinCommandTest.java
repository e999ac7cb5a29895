package org.medtwin.cli.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;

class TwinCommandTest {

  @TempDir Path dir;

  /** One source patient p1: a woman born 1956-03-01 on warfarin, creatinine 1.2 mg/dL, 60 kg. */
  private String store() throws Exception {
    String location = dir.resolve("store.duckdb").toString();
    try (PatientStore store = PatientStore.open(StoreLocation.parse(location));
        Statement sql = store.connection().createStatement()) {
      sql.execute("INSERT INTO patient (source, id, patient_id, source_record_id, run_id, content_hash, birth_date, sex,"
          + " identifiers_json, names_json, addresses_json, telecom_json) VALUES"
          + " ('hospital-a', 'p1', 'p1', 'p1', 'r1', 'h', DATE '1956-03-01', 'female', '[]', '[]', '[]', '[]')");
      sql.execute("INSERT INTO medication_request (source, id, patient_id, source_record_id, run_id, content_hash,"
          + " status, medication_system, medication_code, medication_display) VALUES"
          + " ('hospital-a', 'm1', 'p1', 'm1', 'r1', 'h', 'active', 'rxnorm', '855332', 'warfarin sodium 5 MG Oral Tablet')");
      sql.execute("INSERT INTO observation (source, id, patient_id, source_record_id, run_id, content_hash, status,"
          + " code_system, code, code_display, effective, value_num, unit) VALUES"
          + " ('hospital-a', 'o1', 'p1', 'o1', 'r1', 'h', 'final', 'http://loinc.org', '2160-0', 'Creatinine',"
          + " TIMESTAMP '2025-06-01 08:00:00', 1.2, 'mg/dL'),"
          + " ('hospital-a', 'o2', 'p1', 'o2', 'r1', 'h', 'final', 'http://loinc.org', '29463-7', 'Body weight',"
          + " TIMESTAMP '2025-06-01 08:00:00', 60, 'kg')");
    }
    return location;
  }

  @Test
  void show_recordsAVersionAndPrintsTheTwin_thenForkAndCompare() throws Exception {
    String store = store();
    CliRun show = CliRun.of("twin", "show", "--patient", "p1", "--store", store);
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains("version main@1 (first assembly from the store)")
        .contains("warfarin sodium 5 MG Oral Tablet").contains("pkpd:warfarin").contains("Cockcroft-Gault");
    assertThat(CliRun.of("twin", "show", "--patient", "p1", "--store", store).out()).contains("main@1");
    CliRun json = CliRun.of("twin", "show", "--patient", "p1", "--store", store, "--json");
    assertThat(json.out()).contains("\"branch\" : \"main\"").contains("\"code\" : \"2160-0\"");

    CliRun fork = CliRun.of("twin", "fork", "--patient", "p1", "--store", store, "--name", "worse-kidneys",
        "--set", "2160-0:Creatinine:2.4:mg/dL");
    assertThat(fork.exitCode()).as(fork.err()).isZero();
    assertThat(fork.out()).contains("Forked main@1 into worse-kidneys@1")
        .contains("~ measurement Creatinine (2160-0): 1.2 mg/dL");
    CliRun compare = CliRun.of("twin", "compare", "--patient", "p1", "--store", store, "main@1", "worse-kidneys");
    assertThat(compare.out()).contains("main@1 -> worse-kidneys@1")
        .contains("+ scenario suppose Creatinine 2.4 mg/dL");
  }

  @Test
  void simulate_ranksCandidates_andListsExclusionsWithReasons() throws Exception {
    String store = store();
    // p1 is 69 in 2025-2026 (born 1956-03-01) and 60 kg on warfarin: no vancomycin interaction in the formulary.
    java.nio.file.Path candidates = dir.resolve("candidates.csv");
    java.nio.file.Files.writeString(candidates, "drug,route,dose_mg,interval_h,infusion_h\n"
        + "vancomycin,infusion,1000,24,1\nvancomycin,infusion,1000,12,1\ngentamicin,bolus,300,24,\nbad,row\n");
    CliRun run = CliRun.of("twin", "simulate", "--patient", "p1", "--store", store, "--candidates",
        candidates.toString(), "--draws", "50");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("   1*  vancomycin").contains("Excluded (1):").contains("valid for age 0-99 days");
    assertThat(run.err()).contains("skipped candidates.csv line 5");
    CliRun json = CliRun.of("twin", "simulate", "--patient", "p1", "--store", store, "--candidates",
        candidates.toString(), "--draws", "50", "--json");
    assertThat(json.out()).contains("\"paretoFront\" : true").contains("\"excluded\" : true");
  }

  @Test
  void unknownPatientAndBadArguments_areOneLineErrors() throws Exception {
    String store = store();
    CliRun unknown = CliRun.of("twin", "show", "--patient", "nobody", "--store", store);
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.errLines()).singleElement().asString().contains("No person or patient 'nobody'");
    CliRun badSet = CliRun.of("twin", "fork", "--patient", "p1", "--store", store, "--name", "x", "--set", "creatinine=2");
    assertThat(badSet.exitCode()).isEqualTo(1);
    assertThat(badSet.err()).contains("is not LOINC:NAME:VALUE:UNIT");
    CliRun noVersion = CliRun.of("twin", "show", "--patient", "p1", "--store", store, "--version", "main@9");
    assertThat(noVersion.exitCode()).isEqualTo(1);
    assertThat(noVersion.err()).contains("no twin version main@9");
  }
}
