package org.medtwin.twin.monitor;

/** What acknowledging an alert did. */
public enum AcknowledgeOutcome {
  ACKNOWLEDGED,
  /** Someone acknowledged it before; the first acknowledgement stands. */
  ALREADY_ACKNOWLEDGED,
  /** No open alert has that id: unknown, or resolved by later observations. */
  NOT_OPEN
}
