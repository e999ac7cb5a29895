package org.medtwin.governance.deid;

/** How de-identification treats dates. */
public enum DateHandling {
  /** Safe Harbor proper: every date element but the year removed (a date becomes 1 January). */
  YEAR_ONLY,
  /**
   * Every date of a patient moved by the same secret number of days, so intervals survive; not
   * Safe Harbor by itself (45 CFR 164.514(b)(2) removes dates), for extracts released under an
   * expert determination or a data use agreement.
   */
  SHIFT
}
