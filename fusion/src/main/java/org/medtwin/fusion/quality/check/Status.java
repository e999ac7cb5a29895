package org.medtwin.fusion.quality.check;

/** The verdict on one check instance for one source. */
public enum Status {
  /** The share of violating rows is within the threshold. */
  PASS,
  /** The share of violating rows is above the threshold. */
  FAIL,
  /** The source has nothing the check applies to (denominator 0). */
  NOT_APPLICABLE
}
