package org.medtwin.learn.study;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;

/**
 * A store built by hand for the study tests: {@code n} persons, each held by one source
 * (hospital-a for even numbers, hospital-b for odd), with a wellness encounter in 2014, a systolic
 * pressure before the 2015-01-01 index date, and a myocardial infarction in 2017 for some, more
 * often the higher the pressure. Ages are whole years at the index date (birthdays February to December). Person 0 is 30 years old (too young), person 1 had an infarction in
 * 2010 (excluded), person 2 died in 2016 without one (follow-up incomplete).
 */
final class HandBuiltStore {

  static final String STUDY = """
      {"name": "mi-test", "title": "Myocardial infarction within 10 years (test)", "indexDate": "2015-01-01",
       "age": [40, 79], "lookbackDays": 1095,
       "inclusion": [{"name": "Systolic pressure measured", "kind": "measurement", "codes": ["loinc:8480-6"], "withinDays": 1095}],
       "exclusion": [{"name": "Myocardial infarction before", "kind": "condition", "codes": ["<<snomed:22298006"]}],
       "outcome": {"name": "Myocardial infarction", "kind": "condition", "codes": ["<<snomed:22298006"], "horizonDays": 3653}}
      """;

  private HandBuiltStore() {}

  static PatientStore create(Path dir, int n, long seed) throws SQLException {
    PatientStore store = PatientStore.open(StoreLocation.parse(dir.resolve("store.duckdb").toString()));
    Connection c = store.connection();
    SplittableRandom random = new SplittableRandom(seed);
    try (PreparedStatement person = c.prepareStatement(
            "INSERT INTO golden_patient (person_id, birth_date, sex, deceased, content_hash, run_id) VALUES (?, ?, ?, ?, 'h', 'r')");
        PreparedStatement link = c.prepareStatement(
            "INSERT INTO person_link VALUES (?, ?, ?, 'r', 1.0, 'h')");
        PreparedStatement encounter = c.prepareStatement(
            "INSERT INTO encounter (source, id, patient_id, source_record_id, run_id, content_hash, status, encounter_class,"
                + " start_time) VALUES (?, ?, ?, ?, 'r', 'h', 'finished', 'wellness', ?)");
        PreparedStatement condition = c.prepareStatement(
            "INSERT INTO condition (source, id, patient_id, source_record_id, run_id, content_hash, code_system, code,"
                + " code_display, onset) VALUES (?, ?, ?, ?, 'r', 'h', 'http://snomed.info/sct', ?, ?, ?)");
        PreparedStatement observation = c.prepareStatement(
            "INSERT INTO observation (source, id, patient_id, source_record_id, run_id, content_hash, status, code_system,"
                + " code, code_display, effective, value_num, unit) VALUES (?, ?, ?, ?, 'r', 'h', 'final', 'http://loinc.org',"
                + " '8480-6', 'Systolic blood pressure', ?, ?, 'mm[Hg]')")) {
      for (int i = 0; i < n; i++) {
        String id = String.format("P-%04d", i);
        String source = i % 2 == 0 ? "hospital-a" : "hospital-b";
        String record = "r" + i;
        int age = i == 0 ? 30 : 40 + random.nextInt(40);
        person.setString(1, id);
        person.setObject(2, LocalDate.of(2014 - age, 2 + random.nextInt(11), 1));
        person.setString(3, random.nextBoolean() ? "male" : "female");
        person.setObject(4, i == 2 ? Timestamp.valueOf(LocalDateTime.of(2016, 5, 1, 0, 0)) : null);
        person.executeUpdate();
        link.setString(1, source);
        link.setString(2, record);
        link.setString(3, id);
        link.executeUpdate();
        insert(encounter, source, "e" + i, record, Timestamp.valueOf(LocalDateTime.of(2014, 6, 1, 9, 0)));
        insert(encounter, source, "e2-" + i, record, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0)));
        double sbp = 100 + random.nextDouble() * 80;
        observation.setString(1, source);
        observation.setString(2, "o" + i);
        observation.setString(3, record);
        observation.setString(4, "o" + i);
        observation.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(2014, 6, 1, 9, 0)));
        observation.setDouble(6, sbp);
        observation.executeUpdate();
        boolean prior = i == 1;
        double logOdds = -2 + 0.06 * (sbp - 140) + 0.05 * (age - 60);
        boolean event = !prior && i != 2 && random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
        if (prior || event) {
          condition.setString(1, source);
          condition.setString(2, "c" + i);
          condition.setString(3, record);
          condition.setString(4, "c" + i);
          condition.setString(5, prior ? "22298006" : "401303003");
          condition.setString(6, prior ? "Myocardial infarction" : "Acute ST segment elevation myocardial infarction");
          condition.setTimestamp(7, Timestamp.valueOf(prior ? LocalDateTime.of(2010, 3, 1, 0, 0) : LocalDateTime.of(2017, 3, 1, 0, 0)));
          condition.executeUpdate();
        }
      }
    }
    return store;
  }

  private static void insert(PreparedStatement encounter, String source, String id, String record, Timestamp at)
      throws SQLException {
    encounter.setString(1, source);
    encounter.setString(2, id);
    encounter.setString(3, record);
    encounter.setString(4, id);
    encounter.setTimestamp(5, at);
    encounter.executeUpdate();
  }
}
