package org.medtwin.twin.monitor;

import java.time.Instant;
import java.util.Optional;

/**
 * An alert the monitor fired.
 *
 * @param id unique within the monitor, used to acknowledge it
 * @param patientId the patient
 * @param kind what it is about
 * @param severity how urgent
 * @param time the event time it fired at (the observation's time, or the clock's for overdue and escalation)
 * @param message what happened, in words, with the values that triggered it
 * @param response what the RCP chart asks for at this level, or what to do
 * @param news2Total the NEWS2 total behind it, or -1 when it has none
 * @param acknowledgeBy when it escalates if nobody acknowledges it; empty if it never escalates
 * @param escalates the alert this one escalates, for ESCALATION alerts
 */
public record Alert(
    String id,
    String patientId,
    AlertKind kind,
    AlertSeverity severity,
    Instant time,
    String message,
    String response,
    int news2Total,
    Optional<Instant> acknowledgeBy,
    Optional<String> escalates) {

  /** One line for a console: time, severity, kind, patient, message. */
  public String line() {
    return time + " " + severity + " " + kind + " patient " + patientId + " [" + id + "]: " + message;
  }
}
