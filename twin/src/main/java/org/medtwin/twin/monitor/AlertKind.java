package org.medtwin.twin.monitor;

/** What an alert is about; with the patient, the key alerts are de-duplicated on. */
public enum AlertKind {
  /** The NEWS2 score reached a trigger threshold of the RCP's Chart 4. */
  NEWS2_THRESHOLD,
  /** The score rose over the last observations. */
  RISING_SCORE,
  /** No observation within the monitoring frequency the last score asks for. */
  OVERDUE_OBSERVATION,
  /** An observation could not be scored (a missing or impossible value). */
  REJECTED_OBSERVATION,
  /** An alert was not acknowledged before its deadline. */
  ESCALATION
}
