package org.medtwin.core.record;

import java.time.Instant;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * An allergy or intolerance, with the reactions seen.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param code the substance or allergy (SNOMED CT, RxNorm)
 * @param clinicalStatus {@code active}, {@code inactive}, {@code resolved}, or {@code null}
 * @param verificationStatus {@code confirmed}, {@code unconfirmed}, ..., or {@code null}
 * @param type {@code allergy} or {@code intolerance}, or {@code null}
 * @param category {@code food}, {@code medication}, {@code environment}, {@code biologic}, or
 *     {@code null}
 * @param criticality {@code low}, {@code high}, {@code unable-to-assess}, or {@code null}
 * @param recorded when it was recorded, or {@code null}
 * @param reactions manifestations of reactions
 * @param provenance where the record came from
 */
public record AllergyIntolerance(
    String id,
    String patientId,
    Coding code,
    String clinicalStatus,
    String verificationStatus,
    String type,
    String category,
    String criticality,
    Instant recorded,
    List<Coding> reactions,
    Provenance provenance)
    implements ClinicalRecord {

  public AllergyIntolerance {
    Require.text(id, "AllergyIntolerance", "id");
    Require.text(patientId, "AllergyIntolerance " + id, "patient reference");
    Require.present(code, "AllergyIntolerance " + id, "code");
    Require.present(provenance, "AllergyIntolerance " + id, "provenance");
    reactions = Require.list(reactions);
  }

  @Override
  public AllergyIntolerance inRun(String runId) {
    return new AllergyIntolerance(
        id, patientId, code, clinicalStatus, verificationStatus, type, category, criticality,
        recorded, reactions, provenance.inRun(runId));
  }
}
