package org.medtwin.twin.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medtwin.store.PatientStore;

/**
 * Assembles a patient's twin from the store: for a linked person, the facts of every source record
 * linked to it and the golden record's demographics; otherwise one source patient record's facts.
 */
public final class TwinAssembler {

  /** LOINC codes the twin reads by meaning. */
  static final String CREATININE_SERUM = "2160-0";
  static final String CREATININE_BLOOD = "38483-4";
  static final String BODY_WEIGHT = "29463-7";

  private final PatientStore store;
  private final ModelCatalog catalog;

  public TwinAssembler(PatientStore store, ModelCatalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  /** A source record of the patient: the rows whose (source, patient_id) are these. */
  private record SourceRecord(String source, String id) {}

  /**
   * The twin as of a moment: facts after it are left out.
   *
   * @throws TwinException if the store holds no person or patient with this id
   */
  public AssembledTwin assemble(String patientId, Instant asOf) {
    try {
      Connection connection = store.connection();
      boolean person = true;
      List<SourceRecord> records = records(connection,
          "SELECT source, record_id FROM person_link WHERE person_id = ? ORDER BY source, record_id", patientId);
      if (records.isEmpty()) {
        person = false;
        records = records(connection, "SELECT source, id FROM patient WHERE id = ? ORDER BY source", patientId);
      }
      if (records.isEmpty()) {
        throw new TwinException("No person or patient '" + patientId + "' in " + store.location().redacted()
            + ". Maybe run 'medtwin fuse' first, or use a person id from 'medtwin persons export'?");
      }
      Map<String, String> facts = new TreeMap<>();
      Demographics demographics = demographics(connection, patientId, person, records, asOf, facts);
      List<TwinCondition> conditions = conditions(connection, records, asOf, facts);
      List<TwinAllergy> allergies = allergies(connection, records, facts);
      List<TwinMedication> medications = medications(connection, records, asOf, facts);
      List<Measurement> measurements = measurements(connection, records, asOf, facts);
      KidneyFunction kidney = KidneyFunctions.of(demographics, measurements);
      PatientTwin twin = new PatientTwin(patientId, asOf, demographics, conditions, allergies, medications,
          measurements, kidney, catalog.applicable(conditions, medications), List.of());
      List<FactRef> refs = new ArrayList<>();
      for (String key : facts.keySet()) {
        String[] parts = key.split(":", 3);
        refs.add(new FactRef(parts[0], parts[1], parts[2]));
      }
      return new AssembledTwin(twin, refs, hash(facts));
    } catch (SQLException e) {
      throw new TwinException("Cannot read patient " + patientId + " from the store: " + e.getMessage(), e);
    }
  }

  private static List<SourceRecord> records(Connection connection, String sql, String id) throws SQLException {
    List<SourceRecord> records = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          records.add(new SourceRecord(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return records;
  }

  private Demographics demographics(Connection connection, String patientId, boolean person,
      List<SourceRecord> records, Instant asOf, Map<String, String> facts) throws SQLException {
    String sql = person
        ? "SELECT 'golden_patient', 'merge', person_id, sex, birth_date, deceased, content_hash"
            + " FROM golden_patient WHERE person_id = ?"
        : "SELECT 'patient', source, id, sex, birth_date, deceased, content_hash FROM patient WHERE id = ?"
            + " ORDER BY source";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, patientId);
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()) {
          return demographics(rows, asOf, facts);
        }
      }
    }
    // A linked person not merged yet: the first source record's demographics.
    SourceRecord first = records.get(0);
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 'patient', source, id, sex, birth_date, deceased, content_hash FROM patient WHERE source = ? AND id = ?")) {
      statement.setString(1, first.source());
      statement.setString(2, first.id());
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()) {
          return demographics(rows, asOf, facts);
        }
      }
    }
    return new Demographics("unknown", null, null, null, null);
  }

  private static Demographics demographics(ResultSet rows, Instant asOf, Map<String, String> facts) throws SQLException {
    FactRef from = new FactRef(rows.getString(1), rows.getString(2), rows.getString(3));
    facts.put(from.toString(), rows.getString(7));
    java.sql.Date birth = rows.getDate(5);
    LocalDate birthDate = birth == null ? null : birth.toLocalDate();
    Integer age = birthDate == null ? null
        : Period.between(birthDate, asOf.atOffset(ZoneOffset.UTC).toLocalDate()).getYears();
    return new Demographics(rows.getString(4), birthDate, age, instant(rows.getTimestamp(6)), from);
  }

  private static List<TwinCondition> conditions(Connection connection, List<SourceRecord> records, Instant asOf,
      Map<String, String> facts) throws SQLException {
    List<TwinCondition> conditions = new ArrayList<>();
    String sql = "SELECT source, id, code_system, code, code_display, onset, abatement, clinical_status, content_hash"
        + " FROM condition WHERE " + owners(records) + " ORDER BY onset, source, id";
    try (PreparedStatement statement = prepare(connection, sql, records); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Instant onset = instant(rows.getTimestamp(6));
        Instant abatement = instant(rows.getTimestamp(7));
        String status = rows.getString(8);
        boolean current = (onset == null || !onset.isAfter(asOf))
            && (abatement == null || abatement.isAfter(asOf))
            && (status == null || !List.of("resolved", "inactive", "remission", "entered-in-error").contains(status));
        if (current) {
          FactRef from = new FactRef("condition", rows.getString(1), rows.getString(2));
          facts.put(from.toString(), rows.getString(9));
          conditions.add(new TwinCondition(rows.getString(3), rows.getString(4), rows.getString(5), onset, from));
        }
      }
    }
    return conditions;
  }

  private static List<TwinAllergy> allergies(Connection connection, List<SourceRecord> records,
      Map<String, String> facts) throws SQLException {
    List<TwinAllergy> allergies = new ArrayList<>();
    String sql = "SELECT source, id, code_system, code, code_display, criticality, clinical_status,"
        + " verification_status, content_hash FROM allergy WHERE " + owners(records) + " ORDER BY source, id";
    try (PreparedStatement statement = prepare(connection, sql, records); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String clinical = rows.getString(7);
        String verification = rows.getString(8);
        boolean current = (clinical == null || !List.of("inactive", "resolved").contains(clinical))
            && (verification == null || !List.of("refuted", "entered-in-error").contains(verification));
        if (current) {
          FactRef from = new FactRef("allergy", rows.getString(1), rows.getString(2));
          facts.put(from.toString(), rows.getString(9));
          allergies.add(new TwinAllergy(rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), from));
        }
      }
    }
    return allergies;
  }

  private static List<TwinMedication> medications(Connection connection, List<SourceRecord> records, Instant asOf,
      Map<String, String> facts) throws SQLException {
    List<TwinMedication> medications = new ArrayList<>();
    String sql = "SELECT source, id, medication_system, medication_code, medication_display, authored_on,"
        + " dosage_text, content_hash FROM medication_request WHERE status = 'active' AND " + owners(records)
        + " ORDER BY authored_on, source, id";
    try (PreparedStatement statement = prepare(connection, sql, records); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Instant authored = instant(rows.getTimestamp(6));
        if (authored == null || !authored.isAfter(asOf)) {
          FactRef from = new FactRef("medication_request", rows.getString(1), rows.getString(2));
          facts.put(from.toString(), rows.getString(8));
          medications.add(new TwinMedication(rows.getString(3), rows.getString(4), rows.getString(5), authored,
              rows.getString(7), from));
        }
      }
    }
    return medications;
  }

  /** The latest numeric value per code, at or before {@code asOf}. */
  private static List<Measurement> measurements(Connection connection, List<SourceRecord> records, Instant asOf,
      Map<String, String> facts) throws SQLException {
    Map<String, Measurement> latest = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    String sql = "SELECT source, id, code_system, code, code_display, value_num, unit, effective, content_hash"
        + " FROM observation WHERE value_num IS NOT NULL AND effective IS NOT NULL"
        + " AND status NOT IN ('entered-in-error', 'cancelled') AND " + owners(records)
        + " ORDER BY effective, source, id";
    try (PreparedStatement statement = prepare(connection, sql, records); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Instant time = instant(rows.getTimestamp(8));
        if (time.isAfter(asOf)) {
          continue;
        }
        FactRef from = new FactRef("observation", rows.getString(1), rows.getString(2));
        String key = rows.getString(3) + "|" + rows.getString(4);
        latest.put(key, new Measurement(rows.getString(3), rows.getString(4), rows.getString(5), rows.getDouble(6),
            rows.getString(7), time, from));
        hashes.put(key, rows.getString(9));
      }
    }
    for (Map.Entry<String, Measurement> entry : latest.entrySet()) {
      facts.put(entry.getValue().from().toString(), hashes.get(entry.getKey()));
    }
    List<Measurement> measurements = new ArrayList<>(latest.values());
    measurements.sort((a, b) -> a.code().compareTo(b.code()));
    return measurements;
  }

  private static String owners(List<SourceRecord> records) {
    StringBuilder where = new StringBuilder("(");
    for (int i = 0; i < records.size(); i++) {
      where.append(i == 0 ? "" : " OR ").append("(source = ? AND patient_id = ?)");
    }
    return where.append(')').toString();
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<SourceRecord> records)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    int parameter = 1;
    for (SourceRecord record : records) {
      statement.setString(parameter++, record.source());
      statement.setString(parameter++, record.id());
    }
    return statement;
  }

  /** Store timestamps are UTC wall times without a zone. */
  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  static String hash(Map<String, String> facts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> fact : facts.entrySet()) {
        digest.update((fact.getKey() + "=" + fact.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
