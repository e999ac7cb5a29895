package org.medtwin.cli.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;

class MergeAndConflictsCliIT {

  @TempDir Path tempDir;

  @Test
  void merge_thenConflictsList_showsEachDisagreementWithItsSources_andAReRunChangesNothing() throws Exception {
    String store = tempDir.resolve("store.duckdb").toString();
    assertThat(CliRun.of("ingest", network().toString(), "--store", store).exitCode()).isZero();
    linkBothRecordsToOnePerson(store);

    CliRun merge = CliRun.of("merge", "--store", store);

    assertThat(merge.exitCode()).as("stderr: %s", merge.err()).isZero();
    assertThat(merge.out()).contains("merge: 1 persons, 2 source facts merged into 2, 2 conflicts, 5 rows changed");

    CliRun list = CliRun.of("conflicts", "list", "--store", store, "--kind", "patient-field");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).isEqualToNormalizingNewlines(
        "P-1 patient-field birthDate\n"
            + "  1980-03-04  <- hospital-a/Patient/p1\n"
            + "  1980-04-03  <- hospital-b/Patient/q7\n"
            + "  chosen: 1980-03-04\n");

    CliRun allergies = CliRun.of("conflicts", "list", "--store", store, "--person", "P-1", "--kind", "allergy-status");
    assertThat(allergies.out()).contains("active  <- hospital-a/AllergyIntolerance/al-p1", "refuted  <- hospital-b/AllergyIntolerance/al-q7",
        "chosen: none (kept for review)");

    assertThat(CliRun.of("merge", "--store", store).out()).contains("0 rows changed");
  }

  @Test
  void badOptions_areOneLineErrors() {
    String store = tempDir.resolve("store.duckdb").toString();

    CliRun kind = CliRun.of("conflicts", "list", "--store", store, "--kind", "typo");
    assertThat(kind.exitCode()).isNotZero();
    assertThat(kind.errLines()).singleElement().asString().contains("--kind 'typo'", "patient-field");

    CliRun rules = CliRun.of("merge", "--store", store, "--rules", tempDir.resolve("none.json").toString());
    assertThat(rules.exitCode()).isNotZero();
    assertThat(rules.errLines()).singleElement().asString().contains("none.json", "does not exist");
  }

  private Path network() throws Exception {
    Path network = tempDir.resolve("network");
    source(network, "hospital-a", "p1", "1980-03-04", "confirmed");
    source(network, "hospital-b", "q7", "1980-04-03", "refuted");
    return network;
  }

  private static void source(Path network, String name, String patient, String birthDate, String verification)
      throws Exception {
    Path folder = Files.createDirectories(network.resolve(name).resolve("fhir"));
    Files.writeString(network.resolve(name).resolve("medtwin-source.json"),
        "{\"source\":\"" + name + "\",\"format\":\"fhir\"}");
    Files.writeString(folder.resolve("bundle.json"),
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"" + patient + "\",\"gender\":\"male\","
            + "\"birthDate\":\"" + birthDate + "\",\"name\":[{\"family\":\"Smith\",\"given\":[\"Jon\"]}]}},"
            + "{\"resource\":{\"resourceType\":\"AllergyIntolerance\",\"id\":\"al-" + patient + "\","
            + "\"patient\":{\"reference\":\"Patient/" + patient + "\"},"
            + "\"clinicalStatus\":{\"coding\":[{\"code\":\"active\"}]},"
            + "\"verificationStatus\":{\"coding\":[{\"code\":\"" + verification + "\"}]},"
            + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"91936005\"}]}}}]}");
  }

  private static void linkBothRecordsToOnePerson(String store) throws Exception {
    try (PatientStore patientStore = PatientStore.open(StoreLocation.parse(store));
        Statement statement = patientStore.connection().createStatement()) {
      statement.execute("INSERT INTO person_link (source, record_id, person_id, run_id, match_probability,"
          + " content_hash) SELECT source, id, 'P-1', 'link-1', 1, content_hash FROM patient");
    }
  }
}
