package org.medtwin.governance.policy;

import java.util.Locale;

/**
 * What one cell of the role x purpose x action table allows, and on which condition: the rules
 * file writes one of these per cell.
 */
public enum Grant {
  /** Never. */
  DENY,
  /** Only the patient's own record (the user is that patient). */
  OWN_RECORD,
  /** Only patients of a care team the user belongs to. */
  CARE_TEAM,
  /** Any patient. */
  ANY_PATIENT,
  /** Any patient, but only as a de-identified extract. */
  DEIDENTIFIED,
  /** Any patient with a stated reason; audited and flagged for review (break-glass). */
  BREAK_GLASS;

  /** The lower-case name used in the rules file. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The grant of this code, case-insensitive.
   *
   * @throws IllegalArgumentException naming the known grants when the code is none of them
   */
  public static Grant parse(String code) {
    return Codes.parse(Grant.class, code, "grant");
  }
}
