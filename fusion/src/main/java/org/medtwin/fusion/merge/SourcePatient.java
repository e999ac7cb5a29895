package org.medtwin.fusion.merge;

import java.time.Instant;
import java.util.Objects;
import org.medtwin.core.record.Patient;

/**
 * One source's patient record of a linked person, with the time that source last reported it.
 *
 * @param patient the source's record
 * @param reportedAt when the source last sent it (the ingest run that loaded it), or {@code null}
 *     when unknown; recency ranks an unknown time below every known one
 */
public record SourcePatient(Patient patient, Instant reportedAt) {

  public SourcePatient {
    Objects.requireNonNull(patient, "patient");
  }

  /** The source system's name. */
  public String source() {
    return patient.provenance().sourceSystem();
  }

  /** How many of the fields survivorship looks at this record fills, for the completeness rule. */
  public int filledFields() {
    int filled = 0;
    for (PatientField field : PatientField.values()) {
      if (field.valueOf(patient) != null) {
        filled++;
      }
    }
    return filled;
  }
}
