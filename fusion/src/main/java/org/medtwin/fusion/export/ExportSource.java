package org.medtwin.fusion.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;

/**
 * Reads what the exports write from the patient store: one person per linked person (the master
 * patient index's {@code person_link}; a patient record no linkage placed is a person of its own)
 * with the golden record's demographics, and every fact of every linked record, streamed table by
 * table with the person it belongs to and the merged fact it duplicates.
 */
public final class ExportSource {

  private static final TypeReference<List<Identifier>> IDENTIFIERS = new TypeReference<>() {};
  private static final TypeReference<List<HumanName>> NAMES = new TypeReference<>() {};
  private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {};
  private static final TypeReference<List<ContactPoint>> TELECOM = new TypeReference<>() {};
  private static final int FETCH_SIZE = 10_000;

  private final PatientStore store;
  private final ObjectMapper json = new ObjectMapper();

  /** A source reading the given store. */
  public ExportSource(PatientStore store) {
    this.store = store;
  }

  /** The store read from. */
  public PatientStore store() {
    return store;
  }

  /**
   * Every person, ordered by person id.
   *
   * @throws StoreException when the store cannot be read
   */
  public List<ExportPerson> persons() {
    Map<String, GoldenDemographics> golden = golden();
    Map<String, List<PatientRow>> rows = new LinkedHashMap<>();
    String sql = "SELECT " + personExpression("p.source", "p.id") + " AS mt_person, p.source, p.id,"
        + " p.source_record_id, p.family, p.given, p.birth_date, p.sex, p.address_line, p.city, p.state,"
        + " p.postal_code, p.country, p.phone, p.deceased, p.identifiers_json, p.names_json, p.addresses_json,"
        + " p.telecom_json, r.started_at"
        + " FROM patient p LEFT JOIN person_link l ON l.source = p.source AND l.record_id = p.id"
        + " LEFT JOIN ingest_run r ON r.run_id = p.run_id ORDER BY mt_person, p.source, p.id";
    try (Statement statement = store.connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        rows.computeIfAbsent(row.getString("mt_person"), p -> new ArrayList<>()).add(patientRow(row));
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the patients of " + store.location() + ": " + e.getMessage(), e);
    }
    List<ExportPerson> persons = new ArrayList<>();
    rows.forEach((personId, records) -> persons.add(person(personId, records, golden.get(personId))));
    return persons;
  }

  /**
   * The number of rows of a fact table.
   *
   * @throws StoreException when the store cannot be read
   */
  public long count(FactKind kind) {
    return store.count(kind.table());
  }

  /**
   * Streams every row of a fact table to the consumer, in no particular order.
   *
   * @throws StoreException when the store cannot be read
   */
  public void facts(FactKind kind, RowConsumer consumer) {
    String sql = "SELECT " + personExpression("f.source", "f.patient_id") + " AS mt_person, p.id AS mt_patient,"
        + " d.rep_source AS mt_rep_source, d.rep_id AS mt_rep_id, f.*"
        + " FROM " + kind.table() + " f"
        + " LEFT JOIN patient p ON p.source = f.source AND p.id = f.patient_id"
        + " LEFT JOIN person_link l ON l.source = f.source AND l.record_id = f.patient_id"
        + " LEFT JOIN (SELECT s.source, s.source_fact_id, min(r.source) AS rep_source, min(r.source_fact_id) AS rep_id"
        + "   FROM golden_fact_source s JOIN golden_fact_source r ON r.fact_id = s.fact_id"
        + "   AND r.person_id = s.person_id AND r.representative"
        + "   WHERE s.fact_type = ? AND NOT s.representative GROUP BY s.source, s.source_fact_id) d"
        + " ON d.source = f.source AND d.source_fact_id = f.id";
    Connection connection = store.connection();
    boolean autoCommit = autoCommit(connection);
    try {
      // PostgreSQL streams a result only inside a transaction with a fetch size.
      setAutoCommit(connection, false);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setFetchSize(FETCH_SIZE);
        statement.setString(1, kind.recordType());
        try (ResultSet row = statement.executeQuery()) {
          FactRow fact = new FactRow(kind, row);
          while (row.next()) {
            consumer.accept(fact);
          }
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new StoreException("Cannot read " + kind.table() + " of " + store.location() + ": " + e.getMessage(), e);
    } finally {
      setAutoCommit(connection, autoCommit);
    }
  }

  /**
   * For each merged fact, the source facts merged into its representative: {@code source/id} of
   * the representative to the {@code source/id} of each duplicate.
   *
   * @throws StoreException when the store cannot be read
   */
  public Map<String, List<String>> mergedDuplicates(FactKind kind) {
    Map<String, List<String>> duplicates = new HashMap<>();
    String sql = "SELECT r.source, r.source_fact_id, s.source, s.source_fact_id FROM golden_fact_source r"
        + " JOIN golden_fact_source s ON s.fact_id = r.fact_id AND s.person_id = r.person_id"
        + " AND NOT s.representative WHERE r.representative AND r.fact_type = ?";
    try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
      statement.setString(1, kind.recordType());
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          duplicates.computeIfAbsent(row.getString(1) + "/" + row.getString(2), k -> new ArrayList<>())
              .add(row.getString(3) + "/" + row.getString(4));
        }
      }
      return duplicates;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the merged facts of " + store.location() + ": " + e.getMessage(), e);
    }
  }

  /** Receives one fact row at a time. */
  @FunctionalInterface
  public interface RowConsumer {
    /** Handles the current row. */
    void accept(FactRow row);
  }

  /** A record no linkage run placed is a person of its own, so no fact is left without one. */
  private static String personExpression(String source, String id) {
    return "COALESCE(l.person_id, 'unlinked-' || " + source + " || '-' || " + id + ")";
  }

  private Map<String, GoldenDemographics> golden() {
    Map<String, GoldenDemographics> golden = new HashMap<>();
    String sql = "SELECT person_id, family, given, birth_date, sex, address_line, city, state, postal_code,"
        + " country, phone, deceased FROM golden_patient";
    try (Statement statement = store.connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        golden.put(row.getString(1), new GoldenDemographics(
            row.getString(2), row.getString(3), date(row.getDate(4)), row.getString(5), row.getString(6),
            row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
            instant(row.getTimestamp(12))));
      }
      return golden;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the golden records of " + store.location() + ": " + e.getMessage(), e);
    }
  }

  private PatientRow patientRow(ResultSet row) throws SQLException {
    List<Identifier> identifiers;
    Patient patient;
    try {
      identifiers = json.readValue(row.getString("identifiers_json"), IDENTIFIERS);
      Date birth = row.getDate("birth_date");
      patient = new Patient(row.getString("id"), identifiers, json.readValue(row.getString("names_json"), NAMES),
          birth == null ? null : birth.toLocalDate(), Sex.fromCode(row.getString("sex")),
          json.readValue(row.getString("addresses_json"), ADDRESSES),
          json.readValue(row.getString("telecom_json"), TELECOM), instant(row.getTimestamp("deceased")),
          Provenance.fromSource(row.getString("source"), row.getString("source_record_id")));
    } catch (JsonProcessingException e) {
      throw new StoreException("Patient " + row.getString("source") + "/" + row.getString("id")
          + " has malformed identifiers_json (" + e.getOriginalMessage() + "). Maybe the store was written by another tool?", e);
    }
    return new PatientRow(
        new ExportPerson.SourceRef(row.getString("source"), row.getString("id"), row.getString("source_record_id"),
            instant(row.getTimestamp("started_at"))),
        new GoldenDemographics(row.getString("family"), row.getString("given"), date(row.getDate("birth_date")),
            row.getString("sex"), row.getString("address_line"), row.getString("city"), row.getString("state"),
            row.getString("postal_code"), row.getString("country"), row.getString("phone"),
            instant(row.getTimestamp("deceased"))),
        identifiers, patient);
  }

  private static ExportPerson person(String personId, List<PatientRow> records, GoldenDemographics golden) {
    GoldenDemographics d = golden != null ? golden : records.get(0).demographics();
    LinkedHashSet<Identifier> identifiers = new LinkedHashSet<>();
    records.forEach(r -> identifiers.addAll(r.identifiers()));
    return new ExportPerson(personId, d.family(), d.given(), d.birthDate(), d.sex(), d.addressLine(), d.city(),
        d.state(), d.postalCode(), d.country(), d.phone(), d.deceased(),
        records.stream().map(PatientRow::ref).toList(), List.copyOf(identifiers),
        records.stream().map(PatientRow::patient).toList());
  }

  private static java.time.LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  private static boolean autoCommit(Connection connection) {
    try {
      return connection.getAutoCommit();
    } catch (SQLException e) {
      return true;
    }
  }

  private static void setAutoCommit(Connection connection, boolean autoCommit) {
    try {
      if (connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot change the transaction mode of the store: " + e.getMessage(), e);
    }
  }

  private record GoldenDemographics(
      String family, String given, java.time.LocalDate birthDate, String sex, String addressLine, String city,
      String state, String postalCode, String country, String phone, Instant deceased) {}

  private record PatientRow(
      ExportPerson.SourceRef ref, GoldenDemographics demographics, List<Identifier> identifiers, Patient patient) {}
}
