package org.medtwin.hospital.chart;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ward list and the charts of fused patients from the store: golden records from the
 * merge, and every source's facts through the master patient index's person links. Portable SQL
 * for DuckDB and PostgreSQL; every list is paged.
 */
public final class ChartQueries {

  /** The largest page any list returns, whatever is asked. */
  public static final int MAX_PAGE_SIZE = 200;

  /** Each fact table as one timeline shape: time, kind, code, display, value, range. */
  private static final String TIMELINE = String.join(" UNION ALL ",
      "SELECT e.start_time AS t, 'encounter' AS kind, e.type_system || '|' || e.type_code AS code,"
          + " COALESCE(e.type_display, e.encounter_class) AS display, NULL AS val, NULL AS ref,"
          + " e.source, e.source_record_id FROM encounter e JOIN person_link l"
          + " ON l.source = e.source AND l.record_id = e.patient_id WHERE l.person_id = ?",
      "SELECT c.onset, 'condition', c.code_system || '|' || c.code, c.code_display,"
          + " c.clinical_status, NULL, c.source, c.source_record_id FROM condition c"
          + " JOIN person_link l ON l.source = c.source AND l.record_id = c.patient_id"
          + " WHERE l.person_id = ?",
      "SELECT o.effective, 'observation', o.code_system || '|' || o.code, o.code_display,"
          + " COALESCE(o.value_decimal || ' ' || COALESCE(o.unit, ''), o.value_code, o.value_text),"
          + " CASE WHEN o.ref_low IS NULL AND o.ref_high IS NULL THEN o.ref_text"
          + " ELSE COALESCE(CAST(o.ref_low AS VARCHAR), '') || '–'"
          + " || COALESCE(CAST(o.ref_high AS VARCHAR), '') END,"
          + " o.source, o.source_record_id FROM observation o JOIN person_link l"
          + " ON l.source = o.source AND l.record_id = o.patient_id WHERE l.person_id = ?",
      "SELECT m.authored_on, 'medication', m.medication_system || '|' || m.medication_code,"
          + " m.medication_display, m.dosage_text, NULL, m.source, m.source_record_id"
          + " FROM medication_request m JOIN person_link l"
          + " ON l.source = m.source AND l.record_id = m.patient_id WHERE l.person_id = ?",
      "SELECT p.start_time, 'procedure', p.code_system || '|' || p.code, p.code_display, NULL,"
          + " NULL, p.source, p.source_record_id FROM procedure_performed p JOIN person_link l"
          + " ON l.source = p.source AND l.record_id = p.patient_id WHERE l.person_id = ?",
      "SELECT i.occurrence, 'immunization', i.vaccine_system || '|' || i.vaccine_code,"
          + " i.vaccine_display, NULL, NULL, i.source, i.source_record_id FROM immunization i"
          + " JOIN person_link l ON l.source = i.source AND l.record_id = i.patient_id"
          + " WHERE l.person_id = ?",
      "SELECT a.recorded, 'allergy', a.code_system || '|' || a.code, a.code_display,"
          + " a.criticality, NULL, a.source, a.source_record_id FROM allergy a JOIN person_link l"
          + " ON l.source = a.source AND l.record_id = a.patient_id WHERE l.person_id = ?");
  private static final int TIMELINE_PARTS = 7;

  private final Connection connection;

  /** Queries on a migrated store's connection. */
  public ChartQueries(Connection connection) {
    this.connection = connection;
  }

  /**
   * A page of the given fused patients whose name contains the search text (any case), by
   * surname.
   *
   * @param search text to find in the given name or surname; blank for everyone
   * @param persons the person ids the list may show (the user's care teams' patients)
   * @param page the page, from 1
   * @param pageSize patients per page, capped at {@link #MAX_PAGE_SIZE}
   */
  public synchronized WardPage ward(
      String search, int page, int pageSize, Collection<String> persons) {
    int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    int number = Math.max(1, page);
    String pattern = "%" + (search == null ? "" : search.strip().toLowerCase()
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
    String where = " WHERE LOWER(COALESCE(g.given, '') || ' ' || COALESCE(g.family, ''))"
        + " LIKE ? ESCAPE '\\'"
        + " AND g.person_id IN ("
        + String.join(", ", java.util.Collections.nCopies(persons.size(), "?")) + ")";
    if (persons.isEmpty()) {
      return new WardPage(List.of(), number, size, 0);
    }
    List<String> allowed = List.copyOf(persons);
    try {
      long total;
      try (PreparedStatement count =
          connection.prepareStatement("SELECT COUNT(*) FROM golden_patient g" + where)) {
        count.setString(1, pattern);
        bindAll(count, allowed, 2);
        try (ResultSet row = count.executeQuery()) {
          row.next();
          total = row.getLong(1);
        }
      }
      List<WardPatient> patients = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT g.person_id, g.family, g.given, g.birth_date, g.sex,"
              + " (SELECT COUNT(*) FROM person_link l WHERE l.person_id = g.person_id),"
              + " (SELECT COUNT(*) FROM conflict c WHERE c.person_id = g.person_id)"
              + " FROM golden_patient g" + where
              + " ORDER BY g.family, g.given, g.person_id LIMIT ? OFFSET ?")) {
        select.setString(1, pattern);
        bindAll(select, allowed, 2);
        select.setInt(2 + allowed.size(), size);
        select.setLong(3 + allowed.size(), (long) (number - 1) * size);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            patients.add(patient(rows));
          }
        }
      }
      return new WardPage(patients, number, size, total);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the ward list: " + e.getMessage(), e);
    }
  }

  /** The chart of a person, with a page of their timeline (newest first); empty when unknown. */
  public synchronized Optional<PatientChart> chart(String personId, int page, int pageSize) {
    int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    int number = Math.max(1, page);
    try {
      WardPatient patient = golden(personId);
      if (patient == null) {
        return Optional.empty();
      }
      long total;
      try (PreparedStatement count =
          connection.prepareStatement("SELECT COUNT(*) FROM (" + TIMELINE + ") f")) {
        bindPerson(count, personId, 0);
        try (ResultSet row = count.executeQuery()) {
          row.next();
          total = row.getLong(1);
        }
      }
      List<TimelineEntry> timeline = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT * FROM (" + TIMELINE
          + ") f ORDER BY t DESC NULLS LAST, kind, source, source_record_id LIMIT ? OFFSET ?")) {
        bindPerson(select, personId, 0);
        select.setInt(TIMELINE_PARTS + 1, size);
        select.setLong(TIMELINE_PARTS + 2, (long) (number - 1) * size);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            Timestamp time = rows.getTimestamp(1);
            timeline.add(new TimelineEntry(time == null ? null : time.toLocalDateTime(),
                rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8)));
          }
        }
      }
      return Optional.of(new PatientChart(patient, timeline, total, conflicts(personId)));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read a patient's chart: " + e.getMessage(), e);
    }
  }

  private WardPatient golden(String personId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT g.person_id, g.family, g.given, g.birth_date, g.sex,"
            + " (SELECT COUNT(*) FROM person_link l WHERE l.person_id = g.person_id),"
            + " (SELECT COUNT(*) FROM conflict c WHERE c.person_id = g.person_id)"
            + " FROM golden_patient g WHERE g.person_id = ?")) {
      select.setString(1, personId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? patient(row) : null;
      }
    }
  }

  private List<String> conflicts(String personId) throws SQLException {
    List<String> conflicts = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT kind, field, values_json FROM conflict WHERE person_id = ? ORDER BY kind, field")) {
      select.setString(1, personId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          conflicts.add(rows.getString(1) + " " + rows.getString(2) + ": " + rows.getString(3));
        }
      }
    }
    return conflicts;
  }

  private static void bindAll(PreparedStatement statement, List<String> values, int first)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setString(first + i, values.get(i));
    }
  }

  private static void bindPerson(PreparedStatement statement, String personId, int offset)
      throws SQLException {
    for (int i = 1; i <= TIMELINE_PARTS; i++) {
      statement.setString(offset + i, personId);
    }
  }

  private static WardPatient patient(ResultSet row) throws SQLException {
    Date birth = row.getDate(4);
    return new WardPatient(row.getString(1), row.getString(2), row.getString(3),
        birth == null ? null : birth.toLocalDate(), row.getString(5), row.getInt(6),
        row.getInt(7));
  }
}
