package org.medtwin.fusion.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, clean patient store for the check tests: two sources holding one shared person and one
 * more patient, with encounters, conditions, observations, medications and the rest, linked and
 * merged, so that every check type has rows to judge and finds nothing wrong. Tests break it one
 * row at a time.
 *
 * <p>The values are chosen by hand to be clinically ordinary: a 39-year-old woman seen in January
 * 2020 (heart rate 60-99/min, BP 120/80 mm[Hg], 70 kg, 170 cm, BMI 70 / 1.70^2 = 24.2 kg/m2,
 * glucose 95 mg/dL within 70-99), a man born 1950 who died in June 2020.
 */
public final class QualityFixture {

  static final String A = "site-a";
  static final String B = "site-b";
  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";

  private static final List<String> TABLES = List.of("patient", "encounter", "condition", "observation",
      "medication_request", "medication_administration", "procedure_performed", "immunization", "allergy",
      "imaging_study", "clinical_note", "device", "care_plan", "person_link", "golden_patient",
      "golden_fact_source", "conflict", "source_record", "quarantine", "unmodeled_resource", "unmapped_code",
      "ingest_run", "quality_run", "quality_result", "quality_profile");

  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

  public QualityFixture(Connection connection) {
    this.connection = connection;
  }

  /** Empties every table, then loads the clean baseline. */
  public QualityFixture reset() throws SQLException {
    // One transaction: a commit per row would make the reset, not the checks, the test's cost.
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.execute("DELETE FROM " + table);
      }
      baseline();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      for (PreparedStatement statement : prepared.values()) {
        statement.close();
      }
      prepared.clear();
      connection.setAutoCommit(true);
    }
    return this;
  }

  static Timestamp ts(String text) {
    return Timestamp.valueOf(text.length() == 10 ? text + " 00:00:00" : text + (text.length() == 16 ? ":00" : ""));
  }

  static java.sql.Date date(String text) {
    return java.sql.Date.valueOf(text);
  }

  /** Inserts one row; the first pairs after the table are column, value. Fact tables get defaults. */
  public void insert(String table, Object... columnsAndValues) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>(defaults(table));
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    if (Set.FACTS.contains(table) && !row.containsKey("source_record_id")) {
      row.put("source_record_id", row.get("id"));
    }
    List<String> columns = new ArrayList<>(row.keySet());
    String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    PreparedStatement insert = prepared.get(sql);
    if (insert == null) {
      insert = connection.prepareStatement(sql);
      prepared.put(sql, insert);
    }
    for (int i = 0; i < columns.size(); i++) {
      insert.setObject(i + 1, row.get(columns.get(i)));
    }
    insert.executeUpdate();
  }

  /** Runs a statement, for breakers that change a baseline row. */
  public void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Map<String, Object> defaults(String table) {
    Map<String, Object> d = new LinkedHashMap<>();
    if (!Set.FACTS.contains(table)) {
      return d;
    }
    d.put("source", A);
    d.put("run_id", "ingest-1");
    d.put("content_hash", "h");
    switch (table) {
      case "patient" -> {
        d.put("sex", "female");
        d.put("identifiers_json", "[]");
        d.put("names_json", "[]");
        d.put("addresses_json", "[]");
        d.put("telecom_json", "[]");
      }
      case "encounter" -> d.put("status", "finished");
      case "observation", "medication_request", "procedure_performed", "care_plan", "imaging_study",
          "medication_administration", "clinical_note", "immunization" -> d.put("status", switch (table) {
            case "observation" -> "final";
            case "medication_request" -> "active";
            case "care_plan" -> "active";
            case "imaging_study" -> "available";
            case "clinical_note" -> "current";
            default -> "completed";
          });
      default -> { }
    }
    return d;
  }

  private static final class Set {
    static final java.util.Set<String> FACTS = java.util.Set.of("patient", "encounter", "condition", "observation",
        "medication_request", "medication_administration", "procedure_performed", "immunization", "allergy",
        "imaging_study", "clinical_note", "device", "care_plan");
  }

  private void baseline() throws SQLException {
    patients();
    encounters();
    facts();
    observations();
    linkage();
    ledger();
  }

  private void patients() throws SQLException {
    insert("patient", "id", "pa1", "patient_id", "pa1", "family", "Smith", "given", "Ann",
        "birth_date", date("1980-05-01"), "address_line", "1 Main St", "city", "Boston", "state", "MA",
        "postal_code", "02134", "country", "US", "phone", "555-123-4567");
    insert("patient", "id", "pa2", "patient_id", "pa2", "family", "Jones", "given", "Bob", "sex", "male",
        "birth_date", date("1950-01-01"), "deceased", ts("2020-06-01 12:00"), "address_line", "2 Elm St",
        "city", "Salem", "postal_code", "01970", "country", "US", "phone", "555 987 6543");
    insert("patient", "source", B, "id", "pb1", "patient_id", "pb1", "family", "Smith", "given", "Ann",
        "birth_date", date("1980-05-01"), "address_line", "1 Main St", "city", "Boston", "postal_code", "02134",
        "phone", "(555) 123-4567");
  }

  private void encounters() throws SQLException {
    encounter(A, "ea1", "pa1", "2020-01-10 09:00", "2020-01-10 10:00");
    encounter(A, "ea2", "pa1", "2021-03-01 09:00", "2021-03-01 10:00");
    encounter(A, "ea3", "pa2", "2019-01-01 08:00", "2019-01-03 12:00");
    encounter(B, "eb1", "pb1", "2020-01-10 09:00", "2020-01-10 10:00");
  }

  void encounter(String source, String id, String patient, String start, String end) throws SQLException {
    insert("encounter", "source", source, "id", id, "patient_id", patient, "encounter_class", "AMB",
        "type_system", SNOMED, "type_code", "185349003", "type_display", "Encounter for check up",
        "start_time", ts(start), "end_time", end == null ? null : ts(end));
  }

  private void facts() throws SQLException {
    insert("condition", "id", "ca1", "patient_id", "pa1", "encounter_id", "ea1", "code_system", SNOMED,
        "code", "72892002", "code_display", "Normal pregnancy", "clinical_status", "active",
        "onset", ts("2020-01-10 09:00"));
    insert("condition", "id", "ca2", "patient_id", "pa2", "encounter_id", "ea3", "code_system", SNOMED,
        "code", "399068003", "code_display", "Malignant tumor of prostate", "clinical_status", "active",
        "onset", ts("2019-01-01 08:00"), "abatement", ts("2019-06-01 08:00"));
    insert("condition", "source", B, "id", "cb1", "patient_id", "pb1", "encounter_id", "eb1",
        "code_system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "O80",
        "code_display", "Encounter for full-term uncomplicated delivery", "clinical_status", "active",
        "onset", ts("2020-01-10 09:00"));
    insert("condition", "id", "ca3", "patient_id", "pa1", "encounter_id", "ea1",
        "code_system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "O80",
        "code_display", "Encounter for full-term uncomplicated delivery", "clinical_status", "active",
        "onset", ts("2020-01-10 09:00"));
    insert("medication_request", "id", "ma1", "patient_id", "pa1", "encounter_id", "ea1", "intent", "order",
        "medication_system", "http://www.nlm.nih.gov/research/umls/rxnorm", "medication_code", "314076",
        "medication_display", "lisinopril 10 MG Oral Tablet", "authored_on", ts("2020-01-10 09:40"),
        "dosage_text", "1 tablet daily");
    insert("medication_administration", "id", "mad1", "patient_id", "pa2", "encounter_id", "ea3",
        "medication_system", "http://www.nlm.nih.gov/research/umls/rxnorm", "medication_code", "1665060",
        "medication_display", "cefazolin 2000 MG Injection", "effective", ts("2019-01-01 10:00"),
        "dose_value", "2", "dose_unit", "g");
    insert("procedure_performed", "id", "pra1", "patient_id", "pa2", "encounter_id", "ea3", "code_system", SNOMED,
        "code", "90470006", "code_display", "Prostatectomy", "start_time", ts("2019-01-02 09:00"),
        "end_time", ts("2019-01-02 11:00"));
    insert("immunization", "id", "ia1", "patient_id", "pa1", "encounter_id", "ea2",
        "vaccine_system", "http://hl7.org/fhir/sid/cvx", "vaccine_code", "140",
        "vaccine_display", "Influenza, seasonal, injectable, preservative free", "occurrence", ts("2021-03-01 09:30"));
    insert("allergy", "id", "al1", "patient_id", "pa1", "code_system", SNOMED, "code", "91936005",
        "code_display", "Allergy to penicillin", "clinical_status", "active", "verification_status", "confirmed",
        "allergy_type", "allergy", "category", "medication", "criticality", "high", "recorded", ts("2020-01-10 09:20"),
        "reactions_json", "[]");
    insert("imaging_study", "id", "im1", "patient_id", "pa2", "encounter_id", "ea3",
        "study_uid", "1.2.840.113619.2.55.3.604688119", "started", ts("2019-01-01 11:00"), "modalities_json", "[\"CT\"]",
        "procedure_system", SNOMED, "procedure_code", "77477000", "procedure_display", "Computed tomography",
        "number_of_series", 2, "number_of_instances", 120);
    insert("clinical_note", "id", "n1", "patient_id", "pa1", "encounter_id", "ea1", "type_system", LOINC,
        "type_code", "34117-2", "type_display", "History and physical note", "note_date", ts("2020-01-10 10:00"),
        "content_type", "text/plain", "note_text", "Well.");
    insert("device", "id", "d1", "patient_id", "pa2", "type_system", SNOMED, "type_code", "72506001",
        "type_display", "Implantable defibrillator", "status", "active", "start_time", ts("2019-01-02 10:00"),
        "end_time", ts("2020-05-01 10:00"));
    insert("care_plan", "id", "cp1", "patient_id", "pa1", "encounter_id", "ea1", "category_system", SNOMED,
        "category_code", "134435003", "category_display", "Routine antenatal care", "start_time", ts("2020-01-10 09:50"),
        "activities_json", "[]");
  }

  private void observations() throws SQLException {
    // 40 heart rates per source, one a minute from 09:10 during the encounter: 60..99 /min at
    // site-a (mean 79.5, sample sd sqrt(40 * 41 / 12) = 11.69) and 61..100 at site-b (mean 80.5).
    for (int i = 0; i < 40; i++) {
      String time = String.format("2020-01-10 09:%02d", 10 + i);
      observation(A, "hra" + i, "pa1", "ea1", "8867-4", 60 + i, "/min", time);
      observation(B, "hrb" + i, "pb1", "eb1", "8867-4", 61 + i, "/min", time);
    }
    observation(A, "sys1", "pa1", "ea1", "8480-6", 120, "mm[Hg]", "2020-01-10 09:30");
    observation(A, "dia1", "pa1", "ea1", "8462-4", 80, "mm[Hg]", "2020-01-10 09:30");
    observation(A, "wt1", "pa1", "ea1", "29463-7", 70, "kg", "2020-01-10 09:31");
    observation(A, "ht1", "pa1", "ea1", "8302-2", 170, "cm", "2020-01-10 09:31");
    observation(A, "bmi1", "pa1", "ea1", "39156-5", 24.2, "kg/m2", "2020-01-10 09:31");
    insert("observation", "id", "glu1", "patient_id", "pa1", "encounter_id", "ea1", "category", "laboratory",
        "code_system", LOINC, "code", "2339-0", "code_display", "Glucose [Mass/volume] in Blood",
        "effective", ts("2020-01-10 09:45"), "value_type", "numeric", "value_num", 95.0, "value_decimal", "95",
        "unit", "mg/dL", "ref_low", 70.0, "ref_high", 99.0, "interpretation", "N");
    insert("observation", "id", "smk1", "patient_id", "pa1", "encounter_id", "ea1", "category", "social-history",
        "code_system", LOINC, "code", "72166-2", "code_display", "Tobacco smoking status",
        "effective", ts("2020-01-10 09:46"), "value_type", "coded", "value_code_system", SNOMED,
        "value_code", "266919005", "value_text", "Never smoked tobacco");
  }

  void observation(String source, String id, String patient, String encounter, String code, double value,
      String unit, String effective) throws SQLException {
    insert("observation", "source", source, "id", id, "patient_id", patient, "encounter_id", encounter,
        "category", "vital-signs", "code_system", LOINC, "code", code, "code_display", "vital " + code,
        "effective", ts(effective), "value_type", "numeric", "value_num", value,
        "value_decimal", new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString(),
        "unit", unit);
  }

  private void linkage() throws SQLException {
    link(A, "pa1", "P-1", 0.99);
    link(B, "pb1", "P-1", 0.99);
    link(A, "pa2", "P-2", 1.0);
    insert("golden_patient", "person_id", "P-1", "family", "Smith", "given", "Ann", "birth_date", date("1980-05-01"),
        "birth_date_source", A, "birth_date_record_id", "pa1", "birth_date_rule", "agreement", "sex", "female",
        "content_hash", "g1", "run_id", "merge-1");
    insert("golden_patient", "person_id", "P-2", "family", "Jones", "given", "Bob", "birth_date", date("1950-01-01"),
        "birth_date_source", A, "birth_date_record_id", "pa2", "birth_date_rule", "agreement", "sex", "male",
        "content_hash", "g2", "run_id", "merge-1");
    goldenFact("F-1", A, "ca1", true);
    goldenFact("F-1", B, "cb1", false);
    insert("conflict", "person_id", "P-1", "kind", "patient", "field", "phone", "values_json", "[]",
        "chosen", "555-123-4567", "content_hash", "c1", "run_id", "merge-1");
  }

  void link(String source, String record, String person, double probability) throws SQLException {
    insert("person_link", "source", source, "record_id", record, "person_id", person, "run_id", "link-1",
        "match_probability", probability, "content_hash", "h");
  }

  void goldenFact(String fact, String source, String sourceFact, boolean representative) throws SQLException {
    insert("golden_fact_source", "person_id", "P-1", "fact_id", fact, "fact_type", "condition", "source", source,
        "source_fact_id", sourceFact, "representative", representative, "content_hash", "h", "run_id", "merge-1");
  }

  private void ledger() throws SQLException {
    for (int i = 0; i < 10; i++) {
      insert("source_record", "source", A, "record_key", "a#" + i, "content_hash", "h", "file", "a.json",
          "location", "entry " + i, "run_id", "ingest-1");
      insert("source_record", "source", B, "record_key", "b#" + i, "content_hash", "h", "file", "b.csv",
          "location", "line " + (i + 2), "run_id", "ingest-1");
    }
    insert("unmodeled_resource", "source", A, "resource_type", "Claim", "id", "cl1", "patient_id", "pa1",
        "json", "{}", "content_hash", "h", "run_id", "ingest-1");
    insert("ingest_run", "run_id", "ingest-1", "input", "network", "started_at", ts("2026-01-01 08:00"),
        "finished_at", ts("2026-01-01 08:10"), "status", "finished");
  }
}
