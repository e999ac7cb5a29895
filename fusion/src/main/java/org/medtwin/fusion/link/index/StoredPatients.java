package org.medtwin.fusion.link.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.standardize.Standardizer;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;

/** Reads every source's patient records from the store as standardized linkage records. */
public final class StoredPatients {

  private static final TypeReference<List<Identifier>> IDENTIFIERS = new TypeReference<>() {};
  private static final TypeReference<List<HumanName>> NAMES = new TypeReference<>() {};
  private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {};
  private static final TypeReference<List<ContactPoint>> TELECOM = new TypeReference<>() {};

  private final Standardizer standardizer;
  // The JSON columns were written from the core records; a newer writer may add fields.
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A reader that standardizes with the given tables. */
  public StoredPatients(Standardizer standardizer) {
    this.standardizer = standardizer;
  }

  /**
   * Every patient record in the store, ordered by source and patient id.
   *
   * @throws StoreException when the store cannot be read or holds a malformed JSON column
   */
  public List<StoredPatient> read(PatientStore store) {
    String sql = "SELECT source, id, source_record_id, content_hash, birth_date, sex,"
        + " identifiers_json, names_json, addresses_json, telecom_json FROM patient"
        + " ORDER BY source, id";
    List<StoredPatient> patients = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        patients.add(new StoredPatient(standardizer.person(patient(row)), row.getString(4)));
      }
      return patients;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the patients of " + store.location().redacted()
          + ": " + e.getMessage(), e);
    }
  }

  private Patient patient(ResultSet row) throws SQLException {
    String source = row.getString(1);
    String id = row.getString(2);
    try {
      Date birth = row.getDate(5);
      return new Patient(
          id,
          json.readValue(row.getString(7), IDENTIFIERS),
          json.readValue(row.getString(8), NAMES),
          birth == null ? null : birth.toLocalDate(),
          Sex.fromCode(row.getString(6)),
          json.readValue(row.getString(9), ADDRESSES),
          json.readValue(row.getString(10), TELECOM),
          null,
          Provenance.fromSource(source, row.getString(3)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("Patient " + source + "/" + id + " has a malformed JSON column ("
          + e.getOriginalMessage() + "). Maybe the store was written by another tool?", e);
    }
  }
}
