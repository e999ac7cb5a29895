package org.medtwin.fusion.quality.catalog;

import static org.medtwin.fusion.quality.check.Category.PLAUSIBILITY;
import static org.medtwin.fusion.quality.check.Context.VALIDATION;
import static org.medtwin.fusion.quality.check.Context.VERIFICATION;
import static org.medtwin.fusion.quality.check.Level.CONCEPT;
import static org.medtwin.fusion.quality.check.Level.FIELD;
import static org.medtwin.fusion.quality.check.Level.TABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.check.Context;
import org.medtwin.fusion.quality.check.Level;
import org.medtwin.fusion.quality.check.Probe;
import org.medtwin.fusion.quality.knowledge.ConceptRule;
import org.medtwin.fusion.quality.knowledge.PhysiologicalRange;

/**
 * Plausibility of single records and of a patient's timeline: birth before events before death,
 * values a living body can have, codes that fit the patient's sex and age, no duplicates.
 */
final class PlausibilityChecks {

  static final CheckType BEFORE_BIRTH = type("event_before_birth", FIELD, VERIFICATION,
      "An event does not happen before the patient's birth date.");
  static final CheckType AFTER_DEATH = type("event_after_death", FIELD, VERIFICATION,
      "An event does not happen more than the parameter days after the patient's death.");
  static final CheckType FUTURE = type("event_in_future", FIELD, VERIFICATION,
      "An event or birth date is not in the future (beyond the parameter days of clock skew).");
  static final CheckType PERIOD_ORDER = type("period_end_before_start", FIELD, VERIFICATION,
      "A period's end is not before its start.");
  static final CheckType BIRTH_DEATH = type("birth_after_death", FIELD, VERIFICATION,
      "A patient's death is not before their birth.");
  static final CheckType MAX_AGE = type("age_above_maximum", FIELD, VALIDATION,
      "A patient is not older than the parameter maxYears, alive now or at death.");
  static final CheckType RANGE = type("value_in_physiological_range", CONCEPT, VALIDATION,
      "A numeric result of a LOINC test in its unit lies within what a living patient can have (physiological-ranges.csv).");
  static final CheckType SEX_CODE = type("sex_specific_code", CONCEPT, VALIDATION,
      "A condition or procedure that only one sex can have is not recorded for the other (sex-specific-codes.csv).");
  static final CheckType AGE_CODE = type("age_specific_code", CONCEPT, VALIDATION,
      "A condition or procedure is recorded at an age it can happen at (age-specific-codes.csv).");
  static final CheckType DUPLICATE = type("duplicate_fact", TABLE, VERIFICATION,
      "A source does not hold the same fact (patient, code, time, value) twice under different ids.");
  static final CheckType OUTSIDE_ENCOUNTER = type("fact_outside_encounter_period", FIELD, VERIFICATION,
      "A fact's time lies within its encounter's period, give or take the parameter days.");
  static final CheckType LONG_ENCOUNTER = type("encounter_duration_implausible", FIELD, VALIDATION,
      "An encounter does not last longer than the parameter days.");
  static final CheckType BLOOD_PRESSURE = type("systolic_above_diastolic", CONCEPT, VALIDATION,
      "A systolic pressure (LOINC 8480-6) is above the diastolic (8462-4) measured with it.");
  static final CheckType BMI = type("bmi_matches_weight_height", CONCEPT, VALIDATION,
      "A body mass index (39156-5) equals weight / height^2 (29463-7, 8302-2) measured with it, within the parameter kg/m2.");
  static final CheckType INTERPRETATION = type("interpretation_matches_range", FIELD, VERIFICATION,
      "A high/low/normal flag agrees with the value and its reference range.");
  static final CheckType IMAGING_COUNTS = type("imaging_counts_consistent", FIELD, VERIFICATION,
      "An imaging study has at least one series and at least as many instances as series.");

  private PlausibilityChecks() {}

  static List<CheckType> types() {
    return List.of(BEFORE_BIRTH, AFTER_DEATH, FUTURE, PERIOD_ORDER, BIRTH_DEATH, MAX_AGE, RANGE, SEX_CODE,
        AGE_CODE, DUPLICATE, OUTSIDE_ENCOUNTER, LONG_ENCOUNTER, BLOOD_PRESSURE, BMI, INTERPRETATION,
        IMAGING_COUNTS);
  }

  static List<CheckInstance> instances(CatalogContext context) {
    List<CheckInstance> out = new ArrayList<>();
    String afterDeath = Sql.interval(context.parameter(AFTER_DEATH.id(), "days"), "days");
    String future = Sql.timestamp(context.now()) + " + " + Sql.interval(context.parameter(FUTURE.id(), "days"), "days");
    for (FactSchema.TimeField time : FactSchema.EVENT_TIMES) {
      String table = time.table();
      String column = "t." + time.column();
      String withPatient = table + " t JOIN patient p ON p.source = t.source AND p.id = t.patient_id WHERE "
          + column + " IS NOT NULL AND ";
      out.add(new CheckInstance(BEFORE_BIRTH, table, time.column(), Sql.rows(withPatient + "p.birth_date IS NOT NULL",
          "CAST(" + column + " AS DATE) < p.birth_date")));
      out.add(new CheckInstance(AFTER_DEATH, table, time.column(), Sql.rows(withPatient + "p.deceased IS NOT NULL",
          column + " > p.deceased + " + afterDeath)));
      out.add(new CheckInstance(FUTURE, table, time.column(), Sql.rows(table + " t WHERE " + column + " IS NOT NULL",
          column + " > " + future)));
    }
    out.add(new CheckInstance(FUTURE, "patient", "birth_date", Sql.rows("patient t WHERE t.birth_date IS NOT NULL",
        "CAST(t.birth_date AS TIMESTAMP) > " + future)));
    for (FactSchema.Period period : FactSchema.PERIODS) {
      out.add(new CheckInstance(PERIOD_ORDER, period.table(), period.end(), Sql.rows(
          period.table() + " t WHERE t." + period.start() + " IS NOT NULL AND t." + period.end() + " IS NOT NULL",
          "t." + period.end() + " < t." + period.start())));
    }
    out.add(new CheckInstance(BIRTH_DEATH, "patient", "deceased", Sql.rows(
        "patient t WHERE t.birth_date IS NOT NULL AND t.deceased IS NOT NULL", "CAST(t.deceased AS DATE) < t.birth_date")));
    out.add(new CheckInstance(MAX_AGE, "patient", "birth_date", Sql.rows("patient t WHERE t.birth_date IS NOT NULL",
        "COALESCE(t.deceased, " + Sql.timestamp(context.now()) + ") > CAST(t.birth_date AS TIMESTAMP) + "
            + Sql.interval(context.parameter(MAX_AGE.id(), "maxYears"), "years"))));
    for (PhysiologicalRange range : context.knowledge().ranges()) {
      out.add(new CheckInstance(RANGE, "observation", range.loinc() + " " + range.unit(), Sql.rows(
          "observation t WHERE t.code_system = " + Sql.text(CodeSystem.LOINC) + " AND t.code = " + Sql.text(range.loinc())
              + " AND t.unit = " + Sql.text(range.unit()) + " AND t.value_num IS NOT NULL",
          "t.value_num < " + Sql.number(range.low()) + " OR t.value_num > " + Sql.number(range.high()))));
    }
    for (String table : List.of("condition", "procedure_performed")) {
      out.add(sexSpecific(table, context.knowledge().sexSpecific()));
      out.add(ageSpecific(table, context.knowledge().ageSpecific()));
    }
    duplicates(out);
    double days = context.parameter(OUTSIDE_ENCOUNTER.id(), "days");
    for (FactSchema.TimeField time : FactSchema.ENCOUNTER_TIMES) {
      String column = "t." + time.column();
      out.add(new CheckInstance(OUTSIDE_ENCOUNTER, time.table(), time.column(), Sql.rows(
          time.table() + " t JOIN encounter e ON e.source = t.source AND e.id = t.encounter_id WHERE " + column
              + " IS NOT NULL",
          column + " < e.start_time - " + Sql.interval(days, "days") + " OR " + column
              + " > COALESCE(e.end_time, e.start_time) + " + Sql.interval(days, "days"))));
    }
    out.add(new CheckInstance(LONG_ENCOUNTER, "encounter", "end_time", Sql.rows(
        "encounter t WHERE t.end_time IS NOT NULL",
        "t.end_time > t.start_time + " + Sql.interval(context.parameter(LONG_ENCOUNTER.id(), "days"), "days"))));
    out.add(new CheckInstance(BLOOD_PRESSURE, "observation", "8480-6", Sql.rows(
        "observation t JOIN observation d ON d.source = t.source AND d.patient_id = t.patient_id"
            + " AND d.effective = t.effective AND d.code = '8462-4' AND d.value_num IS NOT NULL AND d.unit = t.unit"
            + " WHERE t.code = '8480-6' AND t.value_num IS NOT NULL",
        "t.value_num <= d.value_num")));
    out.add(new CheckInstance(BMI, "observation", "39156-5", Sql.rows(
        "observation t JOIN observation w ON w.source = t.source AND w.patient_id = t.patient_id"
            + " AND w.effective = t.effective AND w.code = '29463-7' AND w.unit = 'kg' AND w.value_num > 0"
            + " JOIN observation h ON h.source = t.source AND h.patient_id = t.patient_id AND h.effective = t.effective"
            + " AND h.code = '8302-2' AND h.unit = 'cm' AND h.value_num > 0"
            + " WHERE t.code = '39156-5' AND t.unit = 'kg/m2' AND t.value_num IS NOT NULL",
        "abs(t.value_num - w.value_num / ((h.value_num / 100.0) * (h.value_num / 100.0))) > "
            + Sql.number(context.parameter(BMI.id(), "toleranceKgPerM2")))));
    out.add(new CheckInstance(INTERPRETATION, "observation", "interpretation", Sql.rows(
        "observation t WHERE t.value_num IS NOT NULL AND t.ref_low IS NOT NULL AND t.ref_high IS NOT NULL"
            + " AND t.interpretation IN ('H', 'HH', 'HU', 'L', 'LL', 'LU', 'N')",
        "(t.interpretation IN ('H', 'HH', 'HU') AND t.value_num <= t.ref_high)"
            + " OR (t.interpretation IN ('L', 'LL', 'LU') AND t.value_num >= t.ref_low)"
            + " OR (t.interpretation = 'N' AND (t.value_num < t.ref_low OR t.value_num > t.ref_high))")));
    out.add(new CheckInstance(IMAGING_COUNTS, "imaging_study", "number_of_instances", Sql.rows(
        "imaging_study t WHERE t.number_of_series IS NOT NULL OR t.number_of_instances IS NOT NULL",
        "t.number_of_series < 1 OR t.number_of_instances < t.number_of_series")));
    return out;
  }

  private static CheckInstance sexSpecific(String table, List<ConceptRule> rules) {
    List<ConceptRule> mine = rules.stream().filter(r -> r.table().equals(table)).toList();
    String female = any(mine.stream().filter(r -> r.sex().equals("female")).toList());
    String male = any(mine.stream().filter(r -> r.sex().equals("male")).toList());
    return new CheckInstance(SEX_CODE, table, "code", Sql.rows(
        table + " t JOIN patient p ON p.source = t.source AND p.id = t.patient_id WHERE (" + female + " OR " + male + ")",
        "(" + female + " AND p.sex = 'male') OR (" + male + " AND p.sex = 'female')"));
  }

  private static CheckInstance ageSpecific(String table, List<ConceptRule> rules) {
    String time = table.equals("condition") ? "t.onset" : "t.start_time";
    List<ConceptRule> mine = rules.stream().filter(r -> r.table().equals(table)).toList();
    String violated = mine.stream().map(r -> "(" + r.sqlMatch("t.code_system", "t.code") + " AND (" + time
            + " < CAST(p.birth_date AS TIMESTAMP) + " + Sql.interval(r.minAge(), "years") + " OR " + time
            + " >= CAST(p.birth_date AS TIMESTAMP) + " + Sql.interval(r.maxAge(), "years") + "))")
        .collect(Collectors.joining(" OR "));
    return new CheckInstance(AGE_CODE, table, "code", Sql.rows(
        table + " t JOIN patient p ON p.source = t.source AND p.id = t.patient_id WHERE p.birth_date IS NOT NULL AND "
            + time + " IS NOT NULL AND " + any(mine),
        mine.isEmpty() ? "1 = 0" : violated));
  }

  private static String any(List<ConceptRule> rules) {
    if (rules.isEmpty()) {
      return "(1 = 0)";
    }
    return rules.stream().map(r -> r.sqlMatch("t.code_system", "t.code")).collect(Collectors.joining(" OR ", "(", ")"));
  }

  private static void duplicates(List<CheckInstance> out) {
    String[][] keys = {
      {"encounter", "start_time, t.end_time, t.type_code, t.encounter_class"},
      {"condition", "code_system, t.code, t.onset, t.abatement"},
      {"observation", "code_system, t.code, t.effective, t.value_num, t.unit, t.value_code, t.value_text, t.components_json"},
      {"medication_request", "medication_system, t.medication_code, t.authored_on"},
      {"procedure_performed", "code_system, t.code, t.start_time"},
      {"immunization", "vaccine_system, t.vaccine_code, t.occurrence"},
    };
    for (String[] key : keys) {
      out.add(new CheckInstance(DUPLICATE, key[0], null, new Probe.Rows(
          "SELECT t.source AS source, t.source_record_id AS record_id, CASE WHEN count(*) OVER (PARTITION BY"
              + " t.source, t.patient_id, t." + key[1] + ") > 1 THEN 1 ELSE 0 END AS violated FROM " + key[0] + " t")));
    }
  }

  private static CheckType type(String name, Level level, Context context, String description) {
    return new CheckType(name, PLAUSIBILITY, context, level, description);
  }
}
