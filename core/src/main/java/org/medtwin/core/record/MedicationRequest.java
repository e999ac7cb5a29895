package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A prescription or medication order.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it was ordered in, or {@code null}
 * @param status FHIR status ({@code active}, {@code stopped}, ...)
 * @param intent FHIR intent ({@code order}, {@code plan}, ...), or {@code null}
 * @param medication the medicine (RxNorm, ATC, local)
 * @param authoredOn when it was ordered, or {@code null}
 * @param dosageText the dosage instruction as text, or {@code null}
 * @param reason why it was ordered, or {@code null}
 * @param provenance where the record came from
 */
public record MedicationRequest(
    String id,
    String patientId,
    String encounterId,
    String status,
    String intent,
    Coding medication,
    Instant authoredOn,
    String dosageText,
    Coding reason,
    Provenance provenance)
    implements ClinicalRecord {

  public MedicationRequest {
    Require.text(id, "MedicationRequest", "id");
    Require.text(patientId, "MedicationRequest " + id, "patient reference");
    Require.text(status, "MedicationRequest " + id, "status");
    Require.present(medication, "MedicationRequest " + id, "medication code");
    Require.present(provenance, "MedicationRequest " + id, "provenance");
  }

  @Override
  public MedicationRequest inRun(String runId) {
    return new MedicationRequest(
        id, patientId, encounterId, status, intent, medication, authoredOn, dosageText, reason,
        provenance.inRun(runId));
  }
}
