package org.medtwin.fusion.quality.catalog;

import java.util.List;

/**
 * Where the checks look in the store's fact tables (schema V1): which columns hold event times,
 * periods, codes, and which tables point at an encounter.
 */
final class FactSchema {

  /** A time column of a fact table. */
  record TimeField(String table, String column) {}

  /** A start and end column of one table. */
  record Period(String table, String start, String end) {}

  /** A code system, code and display column of one table. */
  record CodedField(String table, String system, String code, String display) {}

  static final List<String> FACT_TABLES = List.of(
      "encounter", "condition", "observation", "medication_request", "medication_administration",
      "procedure_performed", "immunization", "allergy", "imaging_study", "clinical_note", "device",
      "care_plan");

  static final List<TimeField> EVENT_TIMES = List.of(
      new TimeField("encounter", "start_time"), new TimeField("encounter", "end_time"),
      new TimeField("condition", "onset"), new TimeField("condition", "abatement"),
      new TimeField("observation", "effective"), new TimeField("medication_request", "authored_on"),
      new TimeField("medication_administration", "effective"),
      new TimeField("procedure_performed", "start_time"), new TimeField("procedure_performed", "end_time"),
      new TimeField("immunization", "occurrence"), new TimeField("allergy", "recorded"),
      new TimeField("imaging_study", "started"), new TimeField("clinical_note", "note_date"),
      new TimeField("device", "start_time"), new TimeField("device", "end_time"),
      new TimeField("care_plan", "start_time"), new TimeField("care_plan", "end_time"));

  static final List<Period> PERIODS = List.of(
      new Period("encounter", "start_time", "end_time"), new Period("condition", "onset", "abatement"),
      new Period("procedure_performed", "start_time", "end_time"), new Period("device", "start_time", "end_time"),
      new Period("care_plan", "start_time", "end_time"));

  static final List<CodedField> CODED = List.of(
      new CodedField("encounter", "type_system", "type_code", "type_display"),
      new CodedField("condition", "code_system", "code", "code_display"),
      new CodedField("observation", "code_system", "code", "code_display"),
      new CodedField("medication_request", "medication_system", "medication_code", "medication_display"),
      new CodedField("medication_administration", "medication_system", "medication_code", "medication_display"),
      new CodedField("procedure_performed", "code_system", "code", "code_display"),
      new CodedField("immunization", "vaccine_system", "vaccine_code", "vaccine_display"),
      new CodedField("allergy", "code_system", "code", "code_display"),
      new CodedField("device", "type_system", "type_code", "type_display"),
      new CodedField("care_plan", "category_system", "category_code", "category_display"),
      new CodedField("clinical_note", "type_system", "type_code", "type_display"),
      new CodedField("imaging_study", "procedure_system", "procedure_code", "procedure_display"));

  /** Tables whose rows carry an {@code encounter_id}. */
  static final List<String> ENCOUNTER_TABLES = List.of(
      "condition", "observation", "medication_request", "medication_administration", "procedure_performed",
      "immunization", "imaging_study", "clinical_note", "care_plan");

  /** Tables with an {@code encounter_id} and the time the fact happened, for "inside its encounter". */
  static final List<TimeField> ENCOUNTER_TIMES = List.of(
      new TimeField("observation", "effective"), new TimeField("medication_request", "authored_on"),
      new TimeField("medication_administration", "effective"), new TimeField("procedure_performed", "start_time"),
      new TimeField("immunization", "occurrence"));

  private FactSchema() {}
}
