package org.medtwin.fusion.export;

/**
 * The store's fact tables an export reads, each with the core record type its rows hold (the
 * {@code fact_type} of {@code golden_fact_source}).
 */
public enum FactKind {
  ENCOUNTER("encounter", "Encounter"),
  CONDITION("condition", "Condition"),
  OBSERVATION("observation", "Observation"),
  MEDICATION_REQUEST("medication_request", "MedicationRequest"),
  MEDICATION_ADMINISTRATION("medication_administration", "MedicationAdministration"),
  PROCEDURE("procedure_performed", "Procedure"),
  IMMUNIZATION("immunization", "Immunization"),
  ALLERGY("allergy", "AllergyIntolerance", false),
  IMAGING_STUDY("imaging_study", "ImagingStudy"),
  CLINICAL_NOTE("clinical_note", "ClinicalNote"),
  DEVICE("device", "Device", false),
  CARE_PLAN("care_plan", "CarePlan");

  private final String table;
  private final String recordType;
  private final boolean hasEncounter;

  FactKind(String table, String recordType) {
    this(table, recordType, true);
  }

  FactKind(String table, String recordType, boolean hasEncounter) {
    this.table = table;
    this.recordType = recordType;
    this.hasEncounter = hasEncounter;
  }

  /** Whether the table has an {@code encounter_id} column. */
  public boolean hasEncounter() {
    return hasEncounter;
  }

  /** The store table that holds these facts. */
  public String table() {
    return table;
  }

  /** The core record type, as the merge names it in {@code golden_fact_source.fact_type}. */
  public String recordType() {
    return recordType;
  }
}
