package org.medtwin.twin.glucose.patient;

/** One virtual patient: its model parameters and its therapy settings. */
public record VirtualPatient(PatientParameters model, TherapyParameters therapy) {

  /** The patient id, e.g. {@code adult#001}. */
  public String name() {
    return model.name();
  }
}
