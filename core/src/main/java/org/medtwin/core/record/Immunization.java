package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A vaccine given to the patient.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it was given in, or {@code null}
 * @param status FHIR status ({@code completed}, ...)
 * @param vaccine the vaccine (CVX)
 * @param occurrence when it was given
 * @param provenance where the record came from
 */
public record Immunization(
    String id,
    String patientId,
    String encounterId,
    String status,
    Coding vaccine,
    Instant occurrence,
    Provenance provenance)
    implements ClinicalRecord {

  public Immunization {
    Require.text(id, "Immunization", "id");
    Require.text(patientId, "Immunization " + id, "patient reference");
    Require.text(status, "Immunization " + id, "status");
    Require.present(vaccine, "Immunization " + id, "vaccine code");
    Require.present(occurrence, "Immunization " + id, "occurrence time");
    Require.present(provenance, "Immunization " + id, "provenance");
  }

  @Override
  public Immunization inRun(String runId) {
    return new Immunization(
        id, patientId, encounterId, status, vaccine, occurrence, provenance.inRun(runId));
  }
}
