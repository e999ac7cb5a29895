package org.medtwin.core.record;

import java.time.Instant;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * A clinical note: a discharge summary, a progress note, a report's text.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it belongs to, or {@code null}
 * @param status FHIR status ({@code current}, {@code final}, ...)
 * @param type the kind of note (LOINC document type), or {@code null}
 * @param date when it was written, or {@code null}
 * @param contentType the MIME type of the text ({@code text/plain})
 * @param text the note's text, decoded
 * @param provenance where the record came from
 */
public record ClinicalNote(
    String id,
    String patientId,
    String encounterId,
    String status,
    Coding type,
    Instant date,
    String contentType,
    String text,
    Provenance provenance)
    implements ClinicalRecord {

  public ClinicalNote {
    Require.text(id, "ClinicalNote", "id");
    Require.text(patientId, "ClinicalNote " + id, "patient reference");
    Require.text(status, "ClinicalNote " + id, "status");
    Require.present(text, "ClinicalNote " + id, "text");
    Require.present(provenance, "ClinicalNote " + id, "provenance");
    contentType = contentType == null || contentType.isBlank() ? "text/plain" : contentType;
  }

  @Override
  public ClinicalNote inRun(String runId) {
    return new ClinicalNote(
        id, patientId, encounterId, status, type, date, contentType, text,
        provenance.inRun(runId));
  }
}
