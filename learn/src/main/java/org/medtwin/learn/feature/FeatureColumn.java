package org.medtwin.learn.feature;

/**
 * One feature: its column name (letters, digits and underscores, stable across runs), what it
 * means in clinical words, its unit, and whether it is continuous (absent = missing) or an
 * indicator or count (absent = 0).
 */
public record FeatureColumn(String name, String label, String unit, boolean continuous) {

  /** Guards the name, which becomes a CSV header and a model's feature name. */
  public FeatureColumn {
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Feature name '" + name + "' must be lower-case letters, digits and underscores.");
    }
  }

  /** The label with its unit, e.g. "Total cholesterol, latest value (mg/dL)". */
  public String labelWithUnit() {
    return unit == null || unit.isEmpty() ? label : label + " (" + unit + ")";
  }
}
