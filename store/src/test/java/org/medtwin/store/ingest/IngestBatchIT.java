package org.medtwin.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.testing.TestStores;

class IngestBatchIT {

  @TempDir Path tempDir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void loadsNewRecords_thenCountsTheSameInputAsUnchanged(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      Map<String, SourceCounts> first = commit(store, "run-1", glucose("99"));
      Map<String, SourceCounts> second = commit(store, "run-2", glucose("99"));

      assertThat(first.get("lab")).isEqualTo(new SourceCounts(2, 0, 0));
      assertThat(second.get("lab")).isEqualTo(new SourceCounts(0, 2, 0));
      assertThat(store.count("patient")).isEqualTo(1);
      assertThat(store.count("observation")).isEqualTo(1);
      assertThat(store.count("source_record")).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void replacesAFactWhoseContentChanged_andKeepsOneRow(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      commit(store, "run-1", glucose("99"));
      Map<String, SourceCounts> corrected = commit(store, "run-2", glucose("101"));

      assertThat(corrected.get("lab")).isEqualTo(new SourceCounts(1, 1, 0));
      try (Statement statement = store.connection().createStatement();
          ResultSet row =
              statement.executeQuery("SELECT value_decimal, unit, run_id FROM observation")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("101");
        assertThat(row.getString(2)).isEqualTo("mg/dL");
        assertThat(row.getString(3)).isEqualTo("run-2");
        assertThat(row.next()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void keepsQuarantinedRawBytesOnce_evenWhenReadTwice(Dialect dialect) throws Exception {
    byte[] raw = new byte[] {'M', 'S', 'H', (byte) 0xff, 0};
    QuarantineEntry entry =
        new QuarantineEntry("lab", "lab-1.hl7", "message 3", "Not UTF-8.", raw, raw.length);
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      for (String run : List.of("run-1", "run-2")) {
        IngestBatch batch = store.newBatch(run);
        batch.quarantine(entry);
        assertThat(batch.commit().get("lab")).isEqualTo(new SourceCounts(0, 0, 1));
      }
      var listed = store.quarantine().list(null, 10);
      assertThat(listed).hasSize(1);
      assertThat(listed.get(0).raw()).isEqualTo(raw);
      assertThat(listed.get(0).location()).isEqualTo("message 3");
      assertThat(listed.get(0).runId()).isEqualTo("run-1");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void rollsBackTheWholeBatch_whenItIsNeverCommitted(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      IngestBatch abandoned = store.newBatch("run-1");
      accept(abandoned, glucose("99"));
      // No commit: as if the process died here.
      Map<String, SourceCounts> next = commit(store, "run-2", glucose("99"));
      assertThat(next.get("lab")).isEqualTo(new SourceCounts(2, 0, 0));
      assertThat(store.count("observation")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void quarantinesARecordWhoseTextHoldsANulCharacter_andLoadsTheRest(Dialect dialect) throws Exception {
    List<ClinicalRecord> facts = glucose("99");
    Patient patient = (Patient) facts.get(0);
    Patient corrupt = new Patient("L00000043", List.of(),
        List.of(new HumanName(null, "Do\u0000e", List.of("Jane"), List.of())), null, Sex.FEMALE,
        List.of(), List.of(), null, Provenance.fromSource("lab", "LAB2"));
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      IngestBatch batch = store.newBatch("run-1");
      accept(batch, List.of(patient, corrupt));
      assertThat(batch.commit().get("lab")).isEqualTo(new SourceCounts(1, 0, 1));
      assertThat(store.quarantine().list("lab", 10)).singleElement().satisfies(q ->
          assertThat(q.reason()).startsWith("Patient/L00000043: column family of patient holds a NUL character."));
      assertThat(store.count("patient")).isEqualTo(1);
    }
  }

  private static List<ClinicalRecord> glucose(String value) {
    Patient patient =
        new Patient(
            "L00000042", List.of(), List.of(new HumanName(null, "Doe", List.of("Jane"), List.of())),
            LocalDate.of(1970, 3, 1), Sex.FEMALE, List.of(), List.of(), null,
            Provenance.fromSource("lab", "LAB1"));
    Observation observation =
        new Observation(
            "LAB1-1", "L00000042", null, "final", "laboratory",
            Coding.loinc("2345-7", "Glucose"), Instant.parse("2020-01-01T08:00:00Z"),
            new ObservationValue.Numeric(new Quantity(new BigDecimal(value), "mg/dL")),
            null, null, null, null, List.of(), Provenance.fromSource("lab", "LAB1"));
    return List.of(patient, observation);
  }

  private static Map<String, SourceCounts> commit(
      PatientStore store, String runId, List<ClinicalRecord> facts) {
    IngestBatch batch = store.newBatch(runId);
    accept(batch, facts);
    return batch.commit();
  }

  private static void accept(IngestBatch batch, List<ClinicalRecord> facts) {
    for (ClinicalRecord fact : facts) {
      String hash = Integer.toHexString(fact.hashCode());
      batch.accept(
          "lab", fact.getClass().getSimpleName() + "/" + fact.id(), hash, "lab-1.hl7",
          "message 1", List.of(fact), List.of(), List.of());
    }
  }

}
