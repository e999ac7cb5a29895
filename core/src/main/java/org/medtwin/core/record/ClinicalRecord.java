package org.medtwin.core.record;

import org.medtwin.core.provenance.Provenance;

/**
 * Any record of the clinical model: a patient or one fact about a patient. The set is closed so
 * that every consumer (store, exports, models) handles each kind explicitly.
 */
public sealed interface ClinicalRecord
    permits Patient,
        Encounter,
        Condition,
        Observation,
        MedicationRequest,
        MedicationAdministration,
        Procedure,
        Immunization,
        AllergyIntolerance,
        ImagingStudy,
        ClinicalNote,
        Device,
        CarePlan {

  /** The record's id inside its source (for a FHIR resource, its logical id). */
  String id();

  /** The source's own id of the patient the record is about (for a patient, its own id). */
  String patientId();

  /** Where the record came from. */
  Provenance provenance();

  /** The same record stamped with the ingest run that stores it. */
  ClinicalRecord inRun(String runId);
}
