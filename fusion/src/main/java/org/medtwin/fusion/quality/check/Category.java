package org.medtwin.fusion.quality.check;

/**
 * Kahn et al.'s harmonized data quality categories (eGEMs 2016;4(1):1244): does a value conform to
 * its format and relations, is it there, is it believable.
 */
public enum Category {
  /** Values follow the format, value set and relational rules of the model. */
  CONFORMANCE,
  /** Values that should be present are present. */
  COMPLETENESS,
  /** Values are believable: in range, in order, consistent with each other and over time. */
  PLAUSIBILITY;

  /** The lower-case name used in check ids and reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
