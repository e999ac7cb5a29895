package org.medtwin.fusion.merge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.merge.GoldenRecord;
import org.medtwin.fusion.merge.GoldenRecordMerger;
import org.medtwin.fusion.merge.PersonRecords;
import org.medtwin.fusion.merge.SurvivorshipPolicy;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.ingest.IngestBatch;
import org.medtwin.store.testing.TestStores;

class GoldenRecordStoreIT {

  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  @TempDir Path tempDir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void merge_writesGoldenRecordsFactSourcesAndConflicts_andARerunChangesNothing(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      ingest(store);
      link(store, "hospital-a", "A1", "P-1");
      link(store, "hospital-b", "B1", "P-1");
      link(store, "lab", "L1", "P-1");
      link(store, "hospital-a", "A2", "P-2");

      MergeSummary first = merge(store, "merge-1");

      assertThat(first).isEqualTo(new MergeSummary("merge-1", 2, 4, 3, 2, 2 + 4 + 2));
      assertThat(rows(store, "SELECT person_id, birth_date, birth_date_source, birth_date_record_id,"
          + " birth_date_rule, sex, sex_rule, given, family, name_source FROM golden_patient ORDER BY person_id"))
          .containsExactly(
              List.of("P-1", "1980-04-03", "hospital-b", "B1", "frequency", "male", "agreement", "Jon", "Smith", "hospital-a"),
              List.of("P-2", "null", "null", "null", "null", "female", "agreement", "Ann", "Lee", "hospital-a"));
      assertThat(rows(store, "SELECT fact_type, source, source_fact_id, representative FROM golden_fact_source"
          + " WHERE fact_id IN (SELECT fact_id FROM golden_fact_source GROUP BY fact_id HAVING count(*) = 2)"
          + " ORDER BY source"))
          .containsExactly(List.of("Observation", "hospital-a", "obs-7", "true"), List.of("Observation", "lab", "MSG1-1", "false"));
      assertThat(new StoredConflicts(store).list("P-1", null, 10))
          .extracting(StoredConflict::kind, StoredConflict::field, StoredConflict::chosen)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("allergy-status", "http://snomed.info/sct|91936005", null),
              org.assertj.core.groups.Tuple.tuple("patient-field", "birthDate", "1980-04-03"));
      assertThat(new StoredConflicts(store).list(null, "patient-field", 10)).singleElement()
          .satisfies(c -> assertThat(c.valuesJson()).isEqualTo(
              "[{\"value\":\"1980-03-04\",\"reportedBy\":[{\"source\":\"hospital-a\",\"record\":\"A1\"}]},"
                  + "{\"value\":\"1980-04-03\",\"reportedBy\":[{\"source\":\"hospital-b\",\"record\":\"B1\"},"
                  + "{\"source\":\"lab\",\"record\":\"L1\"}]}]"));

      List<List<String>> before = everything(store);
      MergeSummary again = merge(store, "merge-2");

      assertThat(again.rowsChanged()).isZero();
      assertThat(everything(store)).isEqualTo(before);
      assertThat(rows(store, "SELECT DISTINCT run_id FROM golden_fact_source")).containsExactly(List.of("merge-1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aPersonNoLongerLinked_losesTheirGoldenRows(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      ingest(store);
      link(store, "hospital-a", "A1", "P-1");
      link(store, "hospital-a", "A2", "P-2");
      merge(store, "merge-1");
      try (Statement statement = store.connection().createStatement()) {
        statement.execute("DELETE FROM person_link WHERE person_id = 'P-2'");
      }

      MergeSummary second = merge(store, "merge-2");

      assertThat(second.rowsChanged()).isEqualTo(1);
      assertThat(rows(store, "SELECT person_id FROM golden_patient")).containsExactly(List.of("P-1"));
    }
  }

  private static MergeSummary merge(PatientStore store, String runId) {
    GoldenRecordMerger merger = new GoldenRecordMerger(SurvivorshipPolicy.bundled());
    List<GoldenRecord> golden = new ArrayList<>();
    for (PersonRecords person : new LinkedPersons(store).read()) {
      golden.add(merger.merge(person));
    }
    return new GoldenRecordWriter(store).write(golden, runId);
  }

  private static void ingest(PatientStore store) {
    store.runs().started("ingest-1", "test");
    IngestBatch batch = store.newBatch("ingest-1");
    add(batch, patient("hospital-a", "A1", "Jon", "Smith", "1980-03-04", Sex.MALE),
        glucose("hospital-a", "A1", "obs-7", T0, "99.1"),
        penicillin("hospital-a", "A1", "al-1", "active", "confirmed"));
    add(batch, patient("hospital-b", "B1", "Jonathan", "Smith", "1980-04-03", Sex.MALE),
        penicillin("hospital-b", "B1", "al-9", "active", "refuted"));
    add(batch, patient("lab", "L1", "Jon", "Smyth", "1980-04-03", Sex.MALE),
        glucose("lab", "L1", "MSG1-1", T0.plusSeconds(180), "99.09"));
    add(batch, patient("hospital-a", "A2", "Ann", "Lee", null, Sex.FEMALE));
    batch.commit();
    store.runs().finished("ingest-1");
  }

  private static void add(IngestBatch batch, ClinicalRecord... facts) {
    ClinicalRecord first = facts[0];
    batch.accept(first.provenance().sourceSystem(), first.id(), "hash-" + first.id(), "file", "line 1",
        List.of(facts), List.of(), List.of());
  }

  private static void link(PatientStore store, String source, String recordId, String personId) throws Exception {
    try (Statement statement = store.connection().createStatement()) {
      statement.execute("INSERT INTO person_link (source, record_id, person_id, run_id, match_probability,"
          + " content_hash) VALUES ('" + source + "', '" + recordId + "', '" + personId + "', 'link-1', 1, 'h')");
    }
  }

  private static Patient patient(String source, String id, String given, String family, String birth, Sex sex) {
    return new Patient(id, List.of(), List.of(new HumanName("official", family, List.of(given), List.of())),
        birth == null ? null : LocalDate.parse(birth), sex, List.of(), List.of(), null,
        Provenance.fromSource(source, id));
  }

  private static Observation glucose(String source, String patient, String id, Instant at, String value) {
    return new Observation(id, patient, null, "final", "laboratory", Coding.loinc("2345-7", "Glucose"), at,
        new ObservationValue.Numeric(new Quantity(new BigDecimal(value), "mg/dL")), null, null, null, null,
        List.of(), Provenance.fromSource(source, patient));
  }

  private static AllergyIntolerance penicillin(String source, String patient, String id, String clinical, String verification) {
    return new AllergyIntolerance(id, patient, Coding.snomed("91936005", "Allergy to penicillin"), clinical,
        verification, "allergy", "medication", null, null, List.of(), Provenance.fromSource(source, patient));
  }

  private static List<List<String>> everything(PatientStore store) throws Exception {
    List<List<String>> all = new ArrayList<>();
    all.addAll(rows(store, "SELECT * FROM golden_patient ORDER BY person_id"));
    all.addAll(rows(store, "SELECT * FROM golden_fact_source ORDER BY fact_id, source, source_fact_id"));
    all.addAll(rows(store, "SELECT * FROM conflict ORDER BY person_id, kind, field"));
    return all;
  }

  private static List<List<String>> rows(PatientStore store, String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = store.connection().createStatement(); ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          values.add(String.valueOf(row.getObject(i)));
        }
        rows.add(values);
      }
    }
    return rows;
  }
}
