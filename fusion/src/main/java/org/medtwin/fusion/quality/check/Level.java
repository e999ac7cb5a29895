package org.medtwin.fusion.quality.check;

/** What a check instance is about, as in the OHDSI Data Quality Dashboard: a table, a field, a concept. */
public enum Level {
  /** A whole table, or a relation between tables. */
  TABLE,
  /** One column of one table. */
  FIELD,
  /** One code (a LOINC test, a SNOMED condition) in one table. */
  CONCEPT;

  /** The lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
