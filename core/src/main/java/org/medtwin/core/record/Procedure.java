package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A procedure performed on the patient.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it was performed in, or {@code null}
 * @param status FHIR status ({@code completed}, ...)
 * @param code what was done (SNOMED CT, ...)
 * @param start when it started, or {@code null}
 * @param end when it ended, or {@code null}
 * @param reason why, or {@code null}
 * @param provenance where the record came from
 */
public record Procedure(
    String id,
    String patientId,
    String encounterId,
    String status,
    Coding code,
    Instant start,
    Instant end,
    Coding reason,
    Provenance provenance)
    implements ClinicalRecord {

  public Procedure {
    Require.text(id, "Procedure", "id");
    Require.text(patientId, "Procedure " + id, "patient reference");
    Require.text(status, "Procedure " + id, "status");
    Require.present(code, "Procedure " + id, "code");
    Require.present(provenance, "Procedure " + id, "provenance");
  }

  @Override
  public Procedure inRun(String runId) {
    return new Procedure(
        id, patientId, encounterId, status, code, start, end, reason, provenance.inRun(runId));
  }
}
