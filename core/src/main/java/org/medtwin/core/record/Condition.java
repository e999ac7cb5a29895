package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A diagnosis or problem.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter where it was recorded, or {@code null}
 * @param code what the condition is (SNOMED CT, ICD-10-CM)
 * @param clinicalStatus {@code active}, {@code resolved}, ..., or {@code null}
 * @param onset when it began, or {@code null}
 * @param abatement when it ended, or {@code null}
 * @param provenance where the record came from
 */
public record Condition(
    String id,
    String patientId,
    String encounterId,
    Coding code,
    String clinicalStatus,
    Instant onset,
    Instant abatement,
    Provenance provenance)
    implements ClinicalRecord {

  public Condition {
    Require.text(id, "Condition", "id");
    Require.text(patientId, "Condition " + id, "patient reference");
    Require.present(code, "Condition " + id, "code");
    Require.present(provenance, "Condition " + id, "provenance");
  }

  @Override
  public Condition inRun(String runId) {
    return new Condition(
        id, patientId, encounterId, code, clinicalStatus, onset, abatement,
        provenance.inRun(runId));
  }
}
