package org.medtwin.fusion.quality.catalog;

import static org.medtwin.fusion.quality.check.Category.CONFORMANCE;
import static org.medtwin.fusion.quality.check.Context.VERIFICATION;
import static org.medtwin.fusion.quality.check.Level.FIELD;
import static org.medtwin.fusion.quality.check.Level.TABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.check.Probe;
import org.medtwin.fusion.quality.knowledge.PhysiologicalRange;

/** Conformance: values in their value sets and formats, codes well formed, units right for the test. */
final class ConformanceChecks {

  static final CheckType VALUE_SET = type("value_in_value_set", FIELD,
      "A coded field holds a code of its FHIR R4 value set (fhir-value-sets.csv).");
  static final CheckType CODE_SYSTEM = type("code_system_recognized", FIELD,
      "A code's system is one MedTwin knows (LOINC, SNOMED CT, ICD-10-CM, RxNorm, CVX, ATC, DICOM) or a site's local system.");
  static final CheckType LOINC_FORMAT = type("loinc_code_format", FIELD,
      "A LOINC code has up to seven digits, a hyphen and a check digit.");
  static final CheckType LOINC_CHECK = type("loinc_check_digit", FIELD,
      "A well-formed LOINC code's check digit is the mod 10 digit of its number.");
  static final CheckType SNOMED_FORMAT = type("snomed_concept_id_format", FIELD,
      "A SNOMED CT code is a concept id: 6 to 18 digits, no leading zero, partition 00 or 10.");
  static final CheckType SNOMED_CHECK = type("snomed_check_digit", FIELD,
      "A SNOMED CT concept id's Verhoeff check digit holds.");
  static final CheckType ICD10 = type("icd10cm_code_format", FIELD,
      "An ICD-10-CM code has a letter, two characters and up to four more after the dot.");
  static final CheckType RXNORM = type("rxnorm_code_format", FIELD, "An RxNorm code is 1 to 8 digits.");
  static final CheckType CVX = type("cvx_code_format", FIELD, "A CVX vaccine code is 1 to 3 digits.");
  static final CheckType UCUM_SYNTAX = type("ucum_unit_syntax", FIELD,
      "A unit is a UCUM expression: printable ASCII, no spaces, balanced brackets.");
  static final CheckType LOINC_UNIT = type("loinc_unit_expected", FIELD,
      "A numeric result of a LOINC test is in a unit physiological-ranges.csv gives for that test.");
  static final CheckType YEAR = type("date_year_plausible", FIELD,
      "A date is not before the earliest plausible year (parameter minYear).");
  static final CheckType ZIP = type("postal_code_format", FIELD,
      "A US patient's postal code is a ZIP code (5 digits, optionally -4 digits).");
  static final CheckType PHONE = type("phone_format", FIELD,
      "A phone number has 7 to 15 digits and only the usual separators.");
  static final CheckType VALUE_TYPE = type("value_type_consistent", FIELD,
      "An observation's value is where its value type says: a number for numeric, a code for coded, text for text.");
  static final CheckType DECIMAL = type("value_decimal_numeric", FIELD,
      "An observation's exact decimal text is a number.");
  static final CheckType REF_ORDER = type("reference_range_ordered", FIELD,
      "A reference range's low is not above its high.");
  static final CheckType DICOM_UID = type("dicom_uid_format", FIELD,
      "An imaging study UID is a DICOM UID (numbers joined by dots, no leading zeros, at most 64 characters).");
  static final CheckType NAME = type("name_without_digits", FIELD,
      "A family or given name holds no digits or control characters.");
  static final CheckType PRIMARY_KEY = type("primary_key_unique", TABLE,
      "A fact's (source, id) appears once in its table.");
  static final CheckType ORPHAN = type("orphan_fact", TABLE,
      "A fact's patient exists in the same source (referential integrity).");
  static final CheckType ENCOUNTER_REF = type("encounter_reference_exists", TABLE,
      "A fact's encounter exists in the same source (referential integrity).");
  static final CheckType ENCOUNTER_PATIENT = type("encounter_same_patient", TABLE,
      "A fact belongs to the same patient as its encounter.");
  static final CheckType LINK_RECORD = type("person_link_record_exists", TABLE,
      "A person link points at a patient record that exists.");
  static final CheckType GOLDEN_SOURCE = type("golden_fact_source_exists", TABLE,
      "A merged fact's source fact exists in its fact table.");

  private static final Map<String, String> FACT_TYPE_TABLES = Map.ofEntries(
      Map.entry("encounter", "encounter"), Map.entry("condition", "condition"),
      Map.entry("observation", "observation"), Map.entry("medication_request", "medication_request"),
      Map.entry("medication_administration", "medication_administration"),
      Map.entry("procedure", "procedure_performed"), Map.entry("procedure_performed", "procedure_performed"),
      Map.entry("immunization", "immunization"), Map.entry("allergy", "allergy"),
      Map.entry("imaging_study", "imaging_study"), Map.entry("clinical_note", "clinical_note"),
      Map.entry("device", "device"), Map.entry("care_plan", "care_plan"));

  private ConformanceChecks() {}

  static List<CheckType> types() {
    return List.of(VALUE_SET, CODE_SYSTEM, LOINC_FORMAT, LOINC_CHECK, SNOMED_FORMAT, SNOMED_CHECK, ICD10,
        RXNORM, CVX, UCUM_SYNTAX, LOINC_UNIT, YEAR, ZIP, PHONE, VALUE_TYPE, DECIMAL, REF_ORDER, DICOM_UID,
        NAME, PRIMARY_KEY, ORPHAN, ENCOUNTER_REF, ENCOUNTER_PATIENT, LINK_RECORD, GOLDEN_SOURCE);
  }

  static List<CheckInstance> instances(CatalogContext context) {
    List<CheckInstance> out = new ArrayList<>();
    context.knowledge().valueSets().forEach((key, codes) -> {
      String table = key.substring(0, key.indexOf('.'));
      String field = key.substring(key.indexOf('.') + 1);
      out.add(new CheckInstance(VALUE_SET, table, field,
          Sql.rows(table + " t WHERE t." + field + " IS NOT NULL", "t." + field + " NOT IN " + Sql.in(codes))));
    });
    Set<String> known = Set.of(CodeSystem.LOINC, CodeSystem.SNOMED_CT, CodeSystem.ICD_10_CM, CodeSystem.RXNORM,
        CodeSystem.CVX, CodeSystem.ATC, CodeSystem.DICOM_DCM);
    for (FactSchema.CodedField coded : FactSchema.CODED) {
      out.add(new CheckInstance(CODE_SYSTEM, coded.table(), coded.system(),
          Sql.rows(coded.table() + " t WHERE t." + coded.system() + " IS NOT NULL",
              "t." + coded.system() + " NOT IN " + Sql.in(known) + " AND t." + coded.system()
                  + " NOT LIKE " + Sql.text(CodeSystem.LOCAL_PREFIX + "%"))));
      codeRule(out, LOINC_FORMAT, coded, CodeSystem.LOINC, code -> !CodeFormats.loincFormat(code));
      codeRule(out, LOINC_CHECK, coded, CodeSystem.LOINC,
          code -> CodeFormats.loincFormat(code) && !CodeFormats.loincCheckDigit(code));
      codeRule(out, SNOMED_FORMAT, coded, CodeSystem.SNOMED_CT, code -> !CodeFormats.snomedConceptIdFormat(code));
      codeRule(out, SNOMED_CHECK, coded, CodeSystem.SNOMED_CT,
          code -> CodeFormats.snomedConceptIdFormat(code) && !CodeFormats.verhoeff(code));
      codeRule(out, ICD10, coded, CodeSystem.ICD_10_CM, code -> !CodeFormats.icd10CmFormat(code));
      codeRule(out, RXNORM, coded, CodeSystem.RXNORM, code -> !CodeFormats.rxNormFormat(code));
      codeRule(out, CVX, coded, CodeSystem.CVX, code -> !CodeFormats.cvxFormat(code));
    }
    out.add(values(UCUM_SYNTAX, "observation", "unit", "value_num IS NOT NULL AND unit IS NOT NULL",
        unit -> !CodeFormats.ucumSyntax(unit)));
    out.add(values(UCUM_SYNTAX, "medication_administration", "dose_unit", "dose_unit IS NOT NULL",
        unit -> !CodeFormats.ucumSyntax(unit)));
    out.add(new CheckInstance(LOINC_UNIT, "observation", "unit", loincUnit(context.knowledge().ranges())));
    double minYear = context.parameter(YEAR.id(), "minYear");
    for (FactSchema.TimeField time : FactSchema.EVENT_TIMES) {
      out.add(year(time.table(), time.column(), minYear));
    }
    out.add(year("patient", "birth_date", minYear));
    out.add(values(ZIP, "patient", "postal_code",
        "postal_code IS NOT NULL AND (country IS NULL OR country IN ('US', 'USA'))", zip -> !CodeFormats.usZip(zip)));
    out.add(values(PHONE, "patient", "phone", "phone IS NOT NULL", phone -> !CodeFormats.phone(phone)));
    out.add(new CheckInstance(VALUE_TYPE, "observation", "value_type", Sql.rows(
        "observation t WHERE t.value_type IS NOT NULL",
        "(t.value_type = 'numeric' AND (t.value_num IS NULL OR t.value_decimal IS NULL))"
            + " OR (t.value_type = 'coded' AND t.value_code IS NULL) OR (t.value_type = 'text' AND t.value_text IS NULL)"
            + " OR t.value_type NOT IN ('numeric', 'coded', 'text')")));
    out.add(values(DECIMAL, "observation", "value_decimal", "value_decimal IS NOT NULL", ConformanceChecks::notNumber));
    out.add(new CheckInstance(REF_ORDER, "observation", "ref_low", Sql.rows(
        "observation t WHERE t.ref_low IS NOT NULL AND t.ref_high IS NOT NULL", "t.ref_low > t.ref_high")));
    out.add(values(DICOM_UID, "imaging_study", "study_uid", "study_uid IS NOT NULL", uid -> !CodeFormats.dicomUid(uid)));
    out.add(values(NAME, "patient", "family", "family IS NOT NULL", name -> !CodeFormats.namePart(name)));
    out.add(values(NAME, "patient", "given", "given IS NOT NULL", name -> !CodeFormats.namePart(name)));
    List<String> tables = new ArrayList<>(FactSchema.FACT_TABLES);
    tables.add(0, "patient");
    for (String table : tables) {
      out.add(new CheckInstance(PRIMARY_KEY, table, null, new Probe.Rows(
          "SELECT t.source AS source, t.source_record_id AS record_id,"
              + " CASE WHEN count(*) OVER (PARTITION BY t.source, t.id) > 1 THEN 1 ELSE 0 END AS violated FROM "
              + table + " t")));
    }
    for (String table : FactSchema.FACT_TABLES) {
      out.add(new CheckInstance(ORPHAN, table, "patient_id", Sql.rows(table + " t",
          "NOT EXISTS (SELECT 1 FROM patient p WHERE p.source = t.source AND p.id = t.patient_id)")));
    }
    for (String table : FactSchema.ENCOUNTER_TABLES) {
      out.add(new CheckInstance(ENCOUNTER_REF, table, "encounter_id", Sql.rows(
          table + " t WHERE t.encounter_id IS NOT NULL",
          "NOT EXISTS (SELECT 1 FROM encounter e WHERE e.source = t.source AND e.id = t.encounter_id)")));
      out.add(new CheckInstance(ENCOUNTER_PATIENT, table, "encounter_id", Sql.rows(
          table + " t WHERE t.encounter_id IS NOT NULL"
              + " AND EXISTS (SELECT 1 FROM encounter e WHERE e.source = t.source AND e.id = t.encounter_id)",
          "NOT EXISTS (SELECT 1 FROM encounter e WHERE e.source = t.source AND e.id = t.encounter_id"
              + " AND e.patient_id = t.patient_id)")));
    }
    out.add(new CheckInstance(LINK_RECORD, "person_link", "record_id", new Probe.Rows(
        "SELECT l.source AS source, l.record_id AS record_id, " + Sql.flag(
            "NOT EXISTS (SELECT 1 FROM patient p WHERE p.source = l.source AND p.id = l.record_id)")
            + " AS violated FROM person_link l")));
    out.add(new CheckInstance(GOLDEN_SOURCE, "golden_fact_source", "source_fact_id", goldenSource()));
    return out;
  }

  private static Probe.Rows goldenSource() {
    StringBuilder exists = new StringBuilder("CASE");
    FACT_TYPE_TABLES.forEach((type, table) -> exists.append(" WHEN g.fact_type = ").append(Sql.text(type))
        .append(" THEN (CASE WHEN EXISTS (SELECT 1 FROM ").append(table)
        .append(" f WHERE f.source = g.source AND f.id = g.source_fact_id) THEN 0 ELSE 1 END)"));
    exists.append(" ELSE 1 END");
    return new Probe.Rows("SELECT g.source AS source, g.source_fact_id AS record_id, " + exists
        + " AS violated FROM golden_fact_source g");
  }

  private static Probe.Rows loincUnit(List<PhysiologicalRange> ranges) {
    StringBuilder values = new StringBuilder();
    for (PhysiologicalRange range : ranges) {
      values.append(values.length() == 0 ? "" : ", ").append("(").append(Sql.text(range.loinc())).append(", ")
          .append(Sql.text(range.unit())).append(")");
    }
    return new Probe.Rows("WITH expected(code, unit) AS (VALUES " + values + ")"
        + " SELECT t.source AS source, t.source_record_id AS record_id, "
        + Sql.flag("t.unit IS NULL OR NOT EXISTS (SELECT 1 FROM expected x WHERE x.code = t.code AND x.unit = t.unit)")
        + " AS violated FROM observation t WHERE t.code_system = " + Sql.text(CodeSystem.LOINC)
        + " AND t.value_num IS NOT NULL AND t.code IN (SELECT code FROM expected)");
  }

  private static void codeRule(List<CheckInstance> out, CheckType type, FactSchema.CodedField coded, String system,
      Predicate<String> violates) {
    out.add(new CheckInstance(type, coded.table(), coded.code(), new Probe.Values(coded.table(), coded.code(),
        coded.system() + " = " + Sql.text(system) + " AND " + coded.code() + " IS NOT NULL", violates)));
  }

  private static CheckInstance values(CheckType type, String table, String column, String where, Predicate<String> violates) {
    return new CheckInstance(type, table, column, new Probe.Values(table, column, where, violates));
  }

  private static CheckInstance year(String table, String column, double minYear) {
    return new CheckInstance(YEAR, table, column, Sql.rows(table + " t WHERE t." + column + " IS NOT NULL",
        "EXTRACT(YEAR FROM t." + column + ") < " + (long) minYear));
  }

  private static boolean notNumber(String text) {
    try {
      new java.math.BigDecimal(text.strip());
      return false;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static CheckType type(String name, org.medtwin.fusion.quality.check.Level level, String description) {
    return new CheckType(name, CONFORMANCE, VERIFICATION, level, description);
  }
}
