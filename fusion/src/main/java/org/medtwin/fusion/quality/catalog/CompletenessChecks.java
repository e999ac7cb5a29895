package org.medtwin.fusion.quality.catalog;

import static org.medtwin.fusion.quality.check.Category.COMPLETENESS;
import static org.medtwin.fusion.quality.check.Context.VALIDATION;
import static org.medtwin.fusion.quality.check.Context.VERIFICATION;
import static org.medtwin.fusion.quality.check.Level.CONCEPT;
import static org.medtwin.fusion.quality.check.Level.FIELD;
import static org.medtwin.fusion.quality.check.Level.TABLE;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.check.Context;
import org.medtwin.fusion.quality.check.Level;
import org.medtwin.fusion.quality.check.Probe;

/** Completeness: required fields, values with units, patients with care, codes mapped, nothing held back. */
final class CompletenessChecks {

  static final CheckType REQUIRED = type("required_field_present", FIELD, VERIFICATION,
      "A field the clinical record needs is filled (birth date, names, onset, effective time, ...).");
  static final CheckType VALUE = type("measurement_value_present", FIELD, VERIFICATION,
      "A vital sign or laboratory observation has a value (number, code, text or components).");
  static final CheckType UNIT = type("measurement_unit_present", FIELD, VERIFICATION,
      "A numeric observation has a unit.");
  static final CheckType PERIOD = type("encounter_period_complete", FIELD, VERIFICATION,
      "A finished encounter has an end time.");
  static final CheckType HAS_ENCOUNTER = type("patient_has_encounter", TABLE, VALIDATION,
      "A patient has at least one encounter in some source of the network (through the person index).");
  static final CheckType HAS_FACTS = type("patient_has_facts", TABLE, VERIFICATION,
      "A patient record has at least one clinical fact in its source.");
  static final CheckType DISPLAY = type("code_display_present", FIELD, VERIFICATION,
      "A coded fact carries its display text.");
  static final CheckType ADDRESS = type("address_complete", FIELD, VERIFICATION,
      "A patient with an address has its line, city and postal code.");
  static final CheckType CONTACT = type("contact_present", FIELD, VERIFICATION,
      "A patient has a phone or an address.");
  static final CheckType ENCOUNTER_LINK = type("fact_has_encounter", FIELD, VERIFICATION,
      "A fact names the encounter it happened in.");
  static final CheckType REFERENCE = type("lab_reference_range_present", FIELD, VERIFICATION,
      "A numeric laboratory result carries its reference range.");
  static final CheckType DOSAGE = type("medication_dosage_present", FIELD, VERIFICATION,
      "A medication request carries its dosage instructions.");
  static final CheckType STANDARD_CODE = type("standard_code_present", FIELD, VERIFICATION,
      "A fact is coded in a standard system, not left in a site's local code (unmapped code rate).");
  static final CheckType LOCAL_CONCEPT = type("local_code_unmapped", CONCEPT, VERIFICATION,
      "A distinct observation code of a source is standard, not a local code the concept map lacks.");
  static final CheckType GAP = type("gap_in_observation_time", TABLE, VALIDATION,
      "A patient's consecutive encounters are not further apart than the parameter years.");
  static final CheckType LINKED = type("patient_linked", TABLE, VERIFICATION,
      "A patient record belongs to a person of the master patient index (run `medtwin link`).");
  static final CheckType GOLDEN = type("golden_record_present", TABLE, VERIFICATION,
      "A linked person has a golden record (run `medtwin merge`).");
  static final CheckType QUARANTINE = type("quarantine_rate", TABLE, VERIFICATION,
      "The share of a source's records held back in the quarantine.");
  static final CheckType UNMODELED = type("unmodeled_resource_rate", TABLE, VERIFICATION,
      "The share of a source's resources kept only as raw JSON because MedTwin does not model their type.");
  static final CheckType SEX_KNOWN = type("sex_known", FIELD, VERIFICATION,
      "A patient's administrative sex is male or female, not unknown or other.");
  static final CheckType INGEST_FINISHED = type("ingest_run_finished", TABLE, VERIFICATION,
      "An ingest run finished (a failed or interrupted one leaves the store behind its sources).");

  private CompletenessChecks() {}

  static List<CheckType> types() {
    return List.of(REQUIRED, VALUE, UNIT, PERIOD, HAS_ENCOUNTER, HAS_FACTS, DISPLAY, ADDRESS, CONTACT,
        ENCOUNTER_LINK, REFERENCE, DOSAGE, STANDARD_CODE, LOCAL_CONCEPT, GAP, LINKED, GOLDEN, QUARANTINE,
        UNMODELED, SEX_KNOWN, INGEST_FINISHED);
  }

  static List<CheckInstance> instances(CatalogContext context) {
    List<CheckInstance> out = new ArrayList<>();
    String[][] required = {
      {"patient", "birth_date"}, {"patient", "family"}, {"patient", "given"}, {"encounter", "type_code"},
      {"condition", "onset"}, {"condition", "clinical_status"}, {"observation", "effective"},
      {"medication_request", "authored_on"}, {"procedure_performed", "start_time"}, {"allergy", "recorded"},
      {"golden_patient", "birth_date"}
    };
    for (String[] field : required) {
      out.add(field[0].equals("golden_patient") ? golden(REQUIRED, field[1], "g." + field[1] + " IS NULL")
          : new CheckInstance(REQUIRED, field[0], field[1], Sql.rows(field[0] + " t", "t." + field[1] + " IS NULL")));
    }
    out.add(new CheckInstance(VALUE, "observation", "value", Sql.rows(
        "observation t WHERE t.category IN ('vital-signs', 'laboratory')",
        "t.value_num IS NULL AND t.value_code IS NULL AND t.value_text IS NULL"
            + " AND (t.components_json IS NULL OR t.components_json IN ('', '[]'))")));
    out.add(new CheckInstance(UNIT, "observation", "unit", Sql.rows(
        "observation t WHERE t.value_num IS NOT NULL", "t.unit IS NULL OR t.unit = ''")));
    out.add(new CheckInstance(PERIOD, "encounter", "end_time", Sql.rows(
        "encounter t WHERE t.status = 'finished'", "t.end_time IS NULL")));
    out.add(new CheckInstance(HAS_ENCOUNTER, "patient", null, Sql.rows("patient t",
        "NOT EXISTS (SELECT 1 FROM encounter e WHERE e.source = t.source AND e.patient_id = t.id)"
            + " AND NOT EXISTS (SELECT 1 FROM person_link l1 JOIN person_link l2 ON l2.person_id = l1.person_id"
            + " JOIN encounter e ON e.source = l2.source AND e.patient_id = l2.record_id"
            + " WHERE l1.source = t.source AND l1.record_id = t.id)")));
    StringBuilder noFacts = new StringBuilder();
    for (String table : FactSchema.FACT_TABLES) {
      noFacts.append(noFacts.length() == 0 ? "" : " AND ").append("NOT EXISTS (SELECT 1 FROM ").append(table)
          .append(" f WHERE f.source = t.source AND f.patient_id = t.id)");
    }
    out.add(new CheckInstance(HAS_FACTS, "patient", null, Sql.rows("patient t", noFacts.toString())));
    for (FactSchema.CodedField coded : FactSchema.CODED) {
      out.add(new CheckInstance(DISPLAY, coded.table(), coded.display(), Sql.rows(
          coded.table() + " t WHERE t." + coded.code() + " IS NOT NULL",
          "t." + coded.display() + " IS NULL OR t." + coded.display() + " = ''")));
      out.add(new CheckInstance(STANDARD_CODE, coded.table(), coded.system(), Sql.rows(
          coded.table() + " t WHERE t." + coded.code() + " IS NOT NULL",
          "t." + coded.system() + " LIKE " + Sql.text(CodeSystem.LOCAL_PREFIX + "%"))));
    }
    out.add(new CheckInstance(ADDRESS, "patient", "address_line", Sql.rows(
        "patient t WHERE t.address_line IS NOT NULL OR t.city IS NOT NULL OR t.postal_code IS NOT NULL",
        "t.address_line IS NULL OR t.city IS NULL OR t.postal_code IS NULL")));
    out.add(new CheckInstance(CONTACT, "patient", "phone", Sql.rows("patient t",
        "t.phone IS NULL AND t.address_line IS NULL")));
    for (String table : FactSchema.ENCOUNTER_TABLES) {
      out.add(new CheckInstance(ENCOUNTER_LINK, table, "encounter_id", Sql.rows(table + " t", "t.encounter_id IS NULL")));
    }
    out.add(new CheckInstance(REFERENCE, "observation", "ref_low", Sql.rows(
        "observation t WHERE t.category = 'laboratory' AND t.value_num IS NOT NULL",
        "t.ref_low IS NULL AND t.ref_high IS NULL AND t.ref_text IS NULL")));
    out.add(new CheckInstance(DOSAGE, "medication_request", "dosage_text", Sql.rows(
        "medication_request t", "t.dosage_text IS NULL OR t.dosage_text = ''")));
    out.add(new CheckInstance(LOCAL_CONCEPT, "observation", "code", new Probe.Rows(
        "SELECT t.source AS source, t.code_system || '|' || t.code AS record_id, "
            + Sql.flag("t.code_system LIKE " + Sql.text(CodeSystem.LOCAL_PREFIX + "%"))
            + " AS violated FROM (SELECT DISTINCT source, code_system, code FROM observation) t")));
    double years = context.parameter(GAP.id(), "years");
    out.add(new CheckInstance(GAP, "encounter", "start_time", new Probe.Rows(
        "SELECT t.source AS source, t.source_record_id AS record_id, "
            + Sql.flag("t.start_time > t.previous_start + " + Sql.interval(years, "years")) + " AS violated FROM"
            + " (SELECT source, source_record_id, start_time, lag(start_time) OVER"
            + " (PARTITION BY source, patient_id ORDER BY start_time, id) AS previous_start FROM encounter) t"
            + " WHERE t.previous_start IS NOT NULL")));
    out.add(new CheckInstance(LINKED, "patient", null, Sql.rows("patient t",
        "NOT EXISTS (SELECT 1 FROM person_link l WHERE l.source = t.source AND l.record_id = t.id)")));
    out.add(new CheckInstance(GOLDEN, "person_link", "person_id", new Probe.Rows(
        "SELECT l.source AS source, l.record_id AS record_id, "
            + Sql.flag("NOT EXISTS (SELECT 1 FROM golden_patient g WHERE g.person_id = l.person_id)")
            + " AS violated FROM person_link l")));
    out.add(new CheckInstance(QUARANTINE, "quarantine", null, new Probe.Rows(
        "SELECT q.source AS source, q.file || ' ' || q.location AS record_id, 1 AS violated FROM quarantine q"
            + " UNION ALL SELECT r.source, r.record_key, 0 FROM source_record r")));
    out.add(new CheckInstance(UNMODELED, "unmodeled_resource", null, new Probe.Rows(
        "SELECT u.source AS source, u.resource_type || '/' || u.id AS record_id, 1 AS violated FROM unmodeled_resource u"
            + " UNION ALL SELECT r.source, r.record_key, 0 FROM source_record r")));
    out.add(new CheckInstance(SEX_KNOWN, "patient", "sex", Sql.rows("patient t", "t.sex NOT IN ('male', 'female')")));
    out.add(new CheckInstance(INGEST_FINISHED, "ingest_run", null, new Probe.Rows(
        "SELECT 'store' AS source, r.run_id AS record_id, " + Sql.flag("r.status <> 'finished'")
            + " AS violated FROM ingest_run r")));
    return out;
  }

  /** A golden-record check: one row per golden person, reported under the source {@code golden}. */
  static CheckInstance golden(CheckType type, String field, String violated) {
    return new CheckInstance(type, "golden_patient", field, new Probe.Rows(
        "SELECT 'golden' AS source, g.person_id AS record_id, " + Sql.flag(violated)
            + " AS violated FROM golden_patient g"));
  }

  private static CheckType type(String name, Level level, Context context, String description) {
    return new CheckType(name, COMPLETENESS, context, level, description);
  }
}
