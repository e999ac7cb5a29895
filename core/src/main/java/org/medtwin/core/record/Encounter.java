package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A contact between a patient and a care provider: a visit, an admission, an emergency stay.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param status FHIR encounter status ({@code finished}, {@code in-progress}, ...)
 * @param encounterClass the class code (ambulatory {@code AMB}, inpatient {@code IMP}, emergency
 *     {@code EMER}, ...)
 * @param type what kind of encounter, or {@code null}
 * @param start when it began
 * @param end when it ended, or {@code null} while ongoing
 * @param reason why it happened, or {@code null}
 * @param provenance where the record came from
 */
public record Encounter(
    String id,
    String patientId,
    String status,
    String encounterClass,
    Coding type,
    Instant start,
    Instant end,
    Coding reason,
    Provenance provenance)
    implements ClinicalRecord {

  public Encounter {
    Require.text(id, "Encounter", "id");
    Require.text(patientId, "Encounter " + id, "patient reference");
    Require.text(status, "Encounter " + id, "status");
    Require.present(start, "Encounter " + id, "start time");
    Require.present(provenance, "Encounter " + id, "provenance");
  }

  @Override
  public Encounter inRun(String runId) {
    return new Encounter(
        id, patientId, status, encounterClass, type, start, end, reason, provenance.inRun(runId));
  }
}
