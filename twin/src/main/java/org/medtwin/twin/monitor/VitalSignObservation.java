package org.medtwin.twin.monitor;

import java.time.Instant;
import java.util.Objects;
import org.medtwin.twin.news2.VitalSigns;

/**
 * One set of vital signs for one patient at the time they were taken (event time, not arrival).
 *
 * @param patientId the patient's id in the store
 * @param time when the observations were taken
 * @param vitals the values
 */
public record VitalSignObservation(String patientId, Instant time, VitalSigns vitals) {

  public VitalSignObservation {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(vitals, "vitals");
  }
}
