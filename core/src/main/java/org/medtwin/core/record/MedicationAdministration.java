package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.provenance.Provenance;

/**
 * A dose of a medicine actually given to the patient.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it was given in, or {@code null}
 * @param status FHIR status ({@code completed}, {@code not-done}, ...)
 * @param medication the medicine
 * @param effective when it was given
 * @param dose the dose, or {@code null}
 * @param route the route (SNOMED CT), or {@code null}
 * @param provenance where the record came from
 */
public record MedicationAdministration(
    String id,
    String patientId,
    String encounterId,
    String status,
    Coding medication,
    Instant effective,
    Quantity dose,
    Coding route,
    Provenance provenance)
    implements ClinicalRecord {

  public MedicationAdministration {
    Require.text(id, "MedicationAdministration", "id");
    Require.text(patientId, "MedicationAdministration " + id, "patient reference");
    Require.text(status, "MedicationAdministration " + id, "status");
    Require.present(medication, "MedicationAdministration " + id, "medication code");
    Require.present(effective, "MedicationAdministration " + id, "administration time");
    Require.present(provenance, "MedicationAdministration " + id, "provenance");
  }

  @Override
  public MedicationAdministration inRun(String runId) {
    return new MedicationAdministration(
        id, patientId, encounterId, status, medication, effective, dose, route,
        provenance.inRun(runId));
  }
}
