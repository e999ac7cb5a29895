package org.medtwin.governance.policy;

import java.util.Locale;

/** What the caller must do when it acts on a decision. */
public enum Obligation {
  /** Write an audit entry (every decision carries it, denials too). */
  AUDIT,
  /** Show the access to a reviewer (break-glass). */
  FLAG_FOR_REVIEW,
  /** Hand out only de-identified data. */
  DEIDENTIFY,
  /** Leave out the records of the decision's withheld sections. */
  WITHHOLD_SECTIONS;

  /** The lower-case name used in the store and in reports. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
