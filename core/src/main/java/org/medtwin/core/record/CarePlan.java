package org.medtwin.core.record;

import java.time.Instant;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A care plan with its planned activities.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it was made in, or {@code null}
 * @param status FHIR status ({@code active}, {@code completed}, ...)
 * @param category what kind of plan (SNOMED CT), or {@code null}
 * @param start when it starts, or {@code null}
 * @param end when it ends, or {@code null}
 * @param activities planned activities
 * @param reason why, or {@code null}
 * @param provenance where the record came from
 */
public record CarePlan(
    String id,
    String patientId,
    String encounterId,
    String status,
    Coding category,
    Instant start,
    Instant end,
    List<Coding> activities,
    Coding reason,
    Provenance provenance)
    implements ClinicalRecord {

  public CarePlan {
    Require.text(id, "CarePlan", "id");
    Require.text(patientId, "CarePlan " + id, "patient reference");
    Require.text(status, "CarePlan " + id, "status");
    Require.present(provenance, "CarePlan " + id, "provenance");
    activities = Require.list(activities);
  }

  @Override
  public CarePlan inRun(String runId) {
    return new CarePlan(
        id, patientId, encounterId, status, category, start, end, activities, reason,
        provenance.inRun(runId));
  }
}
