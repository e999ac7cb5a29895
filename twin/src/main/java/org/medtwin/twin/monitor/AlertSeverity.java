package org.medtwin.twin.monitor;

/** How urgently an alert needs a person, lowest first. */
public enum AlertSeverity {
  INFO,
  WARNING,
  URGENT,
  EMERGENCY;

  /** The next level up, for escalation; EMERGENCY stays EMERGENCY. */
  public AlertSeverity next() {
    return this == EMERGENCY ? EMERGENCY : values()[ordinal() + 1];
  }
}
