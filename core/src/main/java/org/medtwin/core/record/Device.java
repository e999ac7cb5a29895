package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A device used by or implanted in the patient.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param type what kind of device (SNOMED CT)
 * @param status FHIR status ({@code active}, {@code inactive}, ...), or {@code null}
 * @param udi the unique device identifier carrier, or {@code null}
 * @param start when use began, or {@code null}
 * @param end when use ended, or {@code null}
 * @param provenance where the record came from
 */
public record Device(
    String id,
    String patientId,
    Coding type,
    String status,
    String udi,
    Instant start,
    Instant end,
    Provenance provenance)
    implements ClinicalRecord {

  public Device {
    Require.text(id, "Device", "id");
    Require.text(patientId, "Device " + id, "patient reference");
    Require.present(type, "Device " + id, "type");
    Require.present(provenance, "Device " + id, "provenance");
  }

  @Override
  public Device inRun(String runId) {
    return new Device(id, patientId, type, status, udi, start, end, provenance.inRun(runId));
  }
}
