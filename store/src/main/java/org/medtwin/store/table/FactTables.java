package org.medtwin.store.table;

import static org.medtwin.store.table.ColumnType.DATE;
import static org.medtwin.store.table.ColumnType.DOUBLE;
import static org.medtwin.store.table.ColumnType.INTEGER;
import static org.medtwin.store.table.ColumnType.TIMESTAMP;

import java.util.List;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.CarePlan;
import org.medtwin.core.record.ClinicalNote;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Condition;
import org.medtwin.core.record.Device;
import org.medtwin.core.record.Encounter;
import org.medtwin.core.record.ImagingStudy;
import org.medtwin.core.record.Immunization;
import org.medtwin.core.record.MedicationAdministration;
import org.medtwin.core.record.MedicationRequest;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Procedure;

/**
 * The store's fact tables, one per kind of clinical record, with the same leading columns ({@code
 * source, id, patient_id, source_record_id, run_id, content_hash}) and the merge key {@code
 * (source, id)}. Must match the schema migrations; a test holds them together.
 */
public final class FactTables {

  /** The number of leading columns every fact table shares. */
  public static final int COMMON_COLUMNS = 6;

  public static final Table PATIENT =
      fact("patient")
          .text("family", "given")
          .column("birth_date", DATE)
          .text("sex", "address_line", "city", "state", "postal_code", "country", "phone")
          .column("deceased", TIMESTAMP)
          .text("identifiers_json", "names_json", "addresses_json", "telecom_json")
          .build();

  public static final Table ENCOUNTER =
      fact("encounter")
          .text("status", "encounter_class")
          .coding("type", "type_code")
          .column("start_time", TIMESTAMP)
          .column("end_time", TIMESTAMP)
          .coding("reason", "reason_code")
          .build();

  public static final Table CONDITION =
      fact("condition")
          .text("encounter_id")
          .coding("code", "code")
          .text("clinical_status")
          .column("onset", TIMESTAMP)
          .column("abatement", TIMESTAMP)
          .build();

  public static final Table OBSERVATION =
      fact("observation")
          .text("encounter_id", "status", "category")
          .coding("code", "code")
          .column("effective", TIMESTAMP)
          .text("value_type")
          .column("value_num", DOUBLE)
          .text("value_decimal", "unit", "value_code_system", "value_code", "value_text")
          .text("source_code_system", "source_code", "source_value")
          .column("ref_low", DOUBLE)
          .column("ref_high", DOUBLE)
          .text("ref_text", "interpretation", "components_json")
          .build();

  public static final Table MEDICATION_REQUEST =
      fact("medication_request")
          .text("encounter_id", "status", "intent")
          .coding("medication", "medication_code")
          .column("authored_on", TIMESTAMP)
          .text("dosage_text")
          .coding("reason", "reason_code")
          .build();

  public static final Table MEDICATION_ADMINISTRATION =
      fact("medication_administration")
          .text("encounter_id", "status")
          .coding("medication", "medication_code")
          .column("effective", TIMESTAMP)
          .text("dose_value", "dose_unit")
          .coding("route", "route_code")
          .build();

  public static final Table PROCEDURE =
      fact("procedure_performed")
          .text("encounter_id", "status")
          .coding("code", "code")
          .column("start_time", TIMESTAMP)
          .column("end_time", TIMESTAMP)
          .coding("reason", "reason_code")
          .build();

  public static final Table IMMUNIZATION =
      fact("immunization")
          .text("encounter_id", "status")
          .coding("vaccine", "vaccine_code")
          .column("occurrence", TIMESTAMP)
          .build();

  public static final Table ALLERGY =
      fact("allergy")
          .coding("code", "code")
          .text("clinical_status", "verification_status", "allergy_type", "category", "criticality")
          .column("recorded", TIMESTAMP)
          .text("reactions_json")
          .build();

  public static final Table IMAGING_STUDY =
      fact("imaging_study")
          .text("encounter_id", "study_uid", "status")
          .column("started", TIMESTAMP)
          .text("modalities_json")
          .coding("body_site", "body_site_code")
          .coding("procedure", "procedure_code")
          .column("number_of_series", INTEGER)
          .column("number_of_instances", INTEGER)
          .build();

  public static final Table CLINICAL_NOTE =
      fact("clinical_note")
          .text("encounter_id", "status")
          .coding("type", "type_code")
          .column("note_date", TIMESTAMP)
          .text("content_type", "note_text")
          .build();

  public static final Table DEVICE =
      fact("device")
          .coding("type", "type_code")
          .text("status", "udi")
          .column("start_time", TIMESTAMP)
          .column("end_time", TIMESTAMP)
          .build();

  public static final Table CARE_PLAN =
      fact("care_plan")
          .text("encounter_id", "status")
          .coding("category", "category_code")
          .column("start_time", TIMESTAMP)
          .column("end_time", TIMESTAMP)
          .text("activities_json")
          .coding("reason", "reason_code")
          .build();

  /** Every fact table, patients first. */
  public static final List<Table> ALL =
      List.of(
          PATIENT, ENCOUNTER, CONDITION, OBSERVATION, MEDICATION_REQUEST,
          MEDICATION_ADMINISTRATION, PROCEDURE, IMMUNIZATION, ALLERGY, IMAGING_STUDY,
          CLINICAL_NOTE, DEVICE, CARE_PLAN);

  private FactTables() {}

  /** The table a record is stored in. */
  public static Table of(ClinicalRecord record) {
    // Java 17 has no pattern switch; the order follows the sealed interface's permits list.
    if (record instanceof Patient) {
      return PATIENT;
    } else if (record instanceof Encounter) {
      return ENCOUNTER;
    } else if (record instanceof Condition) {
      return CONDITION;
    } else if (record instanceof Observation) {
      return OBSERVATION;
    } else if (record instanceof MedicationRequest) {
      return MEDICATION_REQUEST;
    } else if (record instanceof MedicationAdministration) {
      return MEDICATION_ADMINISTRATION;
    } else if (record instanceof Procedure) {
      return PROCEDURE;
    } else if (record instanceof Immunization) {
      return IMMUNIZATION;
    } else if (record instanceof AllergyIntolerance) {
      return ALLERGY;
    } else if (record instanceof ImagingStudy) {
      return IMAGING_STUDY;
    } else if (record instanceof ClinicalNote) {
      return CLINICAL_NOTE;
    } else if (record instanceof Device) {
      return DEVICE;
    } else if (record instanceof CarePlan) {
      return CARE_PLAN;
    }
    throw new IllegalArgumentException("No table for " + record.getClass().getName());
  }

  private static Table.Builder fact(String name) {
    return Table.named(name)
        .text("source", "id", "patient_id", "source_record_id", "run_id", "content_hash")
        .key("source", "id")
        .changeColumn("content_hash");
  }
}
