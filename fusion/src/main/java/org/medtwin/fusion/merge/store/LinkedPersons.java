package org.medtwin.fusion.merge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.merge.PersonRecords;
import org.medtwin.fusion.merge.SourcePatient;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;

/**
 * Reads every linked person's records from the store: the patient rows the master patient index
 * ({@code person_link}) assigns to them, and their observations and allergies, the fact kinds the
 * merge de-duplicates. A patient's report time is the start of the ingest run that loaded it.
 */
public final class LinkedPersons {

  private static final TypeReference<List<Identifier>> IDENTIFIERS = new TypeReference<>() {};
  private static final TypeReference<List<HumanName>> NAMES = new TypeReference<>() {};
  private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {};
  private static final TypeReference<List<ContactPoint>> TELECOM = new TypeReference<>() {};

  private final ObjectMapper json = new ObjectMapper();
  private final PatientStore store;

  /** A reader of the given store. */
  public LinkedPersons(PatientStore store) {
    this.store = store;
  }

  /**
   * Every linked person with their records, ordered by person id.
   *
   * @throws StoreException when the store cannot be read
   */
  public List<PersonRecords> read() {
    Map<String, List<SourcePatient>> patients = new TreeMap<>();
    Map<String, List<ClinicalRecord>> facts = new TreeMap<>();
    try (Statement statement = store.connection().createStatement()) {
      try (ResultSet row = statement.executeQuery(
          "SELECT l.person_id, p.source, p.id, p.source_record_id, p.birth_date, p.sex, p.deceased,"
              + " p.identifiers_json, p.names_json, p.addresses_json, p.telecom_json, r.started_at"
              + " FROM person_link l JOIN patient p ON p.source = l.source AND p.id = l.record_id"
              + " LEFT JOIN ingest_run r ON r.run_id = p.run_id")) {
        while (row.next()) {
          patients.computeIfAbsent(row.getString(1), p -> new ArrayList<>()).add(patient(row));
        }
      }
      try (ResultSet row = statement.executeQuery(
          "SELECT l.person_id, o.source, o.id, o.patient_id, o.source_record_id, o.encounter_id,"
              + " o.status, o.category, o.code_system, o.code, o.code_display, o.effective,"
              + " o.value_type, o.value_decimal, o.unit, o.value_code_system, o.value_code, o.value_text,"
              + " o.interpretation, o.source_value"
              + " FROM person_link l JOIN observation o ON o.source = l.source AND o.patient_id = l.record_id")) {
        while (row.next()) {
          facts.computeIfAbsent(row.getString(1), p -> new ArrayList<>()).add(observation(row));
        }
      }
      try (ResultSet row = statement.executeQuery(
          "SELECT l.person_id, a.source, a.id, a.patient_id, a.source_record_id, a.code_system, a.code,"
              + " a.code_display, a.clinical_status, a.verification_status, a.allergy_type, a.category,"
              + " a.criticality, a.recorded"
              + " FROM person_link l JOIN allergy a ON a.source = l.source AND a.patient_id = l.record_id")) {
        while (row.next()) {
          facts.computeIfAbsent(row.getString(1), p -> new ArrayList<>()).add(allergy(row));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the linked persons of " + store.location().redacted() + ": "
          + e.getMessage() + ". Maybe run `medtwin link` first?", e);
    }
    List<PersonRecords> persons = new ArrayList<>();
    patients.forEach((personId, records) ->
        persons.add(new PersonRecords(personId, records, facts.getOrDefault(personId, List.of()))));
    return persons;
  }

  private SourcePatient patient(ResultSet row) throws SQLException {
    String source = row.getString(2);
    String id = row.getString(3);
    try {
      Date birth = row.getDate(5);
      Patient patient = new Patient(
          id,
          json.readValue(row.getString(8), IDENTIFIERS),
          json.readValue(row.getString(9), NAMES),
          birth == null ? null : birth.toLocalDate(),
          Sex.fromCode(row.getString(6)),
          json.readValue(row.getString(10), ADDRESSES),
          json.readValue(row.getString(11), TELECOM),
          instant(row.getTimestamp(7)),
          Provenance.fromSource(source, row.getString(4)));
      return new SourcePatient(patient, instant(row.getTimestamp(12)));
    } catch (JsonProcessingException e) {
      throw new StoreException("Patient " + source + "/" + id + " has a malformed JSON column ("
          + e.getOriginalMessage() + "). Maybe the store was written by another tool?", e);
    }
  }

  private static Observation observation(ResultSet row) throws SQLException {
    String type = row.getString(13);
    ObservationValue value = null;
    if ("numeric".equals(type)) {
      value = new ObservationValue.Numeric(new Quantity(new BigDecimal(row.getString(14)), row.getString(15)));
    } else if ("coded".equals(type)) {
      value = new ObservationValue.Coded(new Coding(row.getString(16), row.getString(17), row.getString(18)));
    } else if ("text".equals(type)) {
      value = new ObservationValue.Text(row.getString(18));
    }
    return new Observation(
        row.getString(3), row.getString(4), row.getString(6), row.getString(7), row.getString(8),
        new Coding(row.getString(9), row.getString(10), row.getString(11)), instant(row.getTimestamp(12)),
        value, "numeric".equals(type) ? sourceQuantity(row.getString(20)) : null, null, null,
        row.getString(19), List.of(),
        Provenance.fromSource(row.getString(2), row.getString(5)));
  }

  /**
   * The original quantity of a converted numeric value, stored as {@code "5.54 mmol/L"}; the merge
   * needs its decimals to know how precise the converted value is.
   */
  private static ObservationValue sourceQuantity(String sourceValue) {
    if (sourceValue == null || sourceValue.isBlank()) {
      return null;
    }
    String[] parts = sourceValue.strip().split(" ", 2);
    try {
      return new ObservationValue.Numeric(new Quantity(new BigDecimal(parts[0]), parts.length > 1 ? parts[1] : null));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static AllergyIntolerance allergy(ResultSet row) throws SQLException {
    return new AllergyIntolerance(
        row.getString(3), row.getString(4), new Coding(row.getString(6), row.getString(7), row.getString(8)),
        row.getString(9), row.getString(10), row.getString(11), row.getString(12), row.getString(13),
        instant(row.getTimestamp(14)), List.of(), Provenance.fromSource(row.getString(2), row.getString(5)));
  }

  /** Store times are UTC wall-clock times. */
  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
