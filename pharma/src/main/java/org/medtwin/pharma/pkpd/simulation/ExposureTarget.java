package org.medtwin.pharma.pkpd.simulation;

import java.util.Locale;

/**
 * A therapeutic target on one exposure metric: the metric must lie in [low, high] (use 0 or
 * infinity for a one-sided target), e.g. vancomycin AUC24 400-600 mg·h/L or a trough of 10-15 mg/L.
 *
 * @param metric the exposure metric
 * @param low lowest acceptable value
 * @param high highest acceptable value
 */
public record ExposureTarget(Metric metric, double low, double high) {

  /** The metrics a target can be set on. */
  public enum Metric {
    /** AUC over 24 time units at steady state. */
    AUC24,
    /** Concentration just before a dose. */
    TROUGH,
    /** Highest concentration of an interval. */
    PEAK,
    /** Fraction of the interval above a concentration (low..high as fractions 0..1). */
    FRACTION_ABOVE
  }

  /** Guards the range. */
  public ExposureTarget {
    if (metric == null) {
      throw new IllegalArgumentException("Target has no metric.");
    }
    if (!(low >= 0) || !(high > low)) {
      throw new IllegalArgumentException(
          "Target range " + low + "-" + high + " must satisfy 0 <= low < high.");
    }
  }

  /**
   * Parses "auc24:400-600", "trough:10-15", "peak:20-40".
   *
   * @throws IllegalArgumentException with the accepted forms
   */
  public static ExposureTarget parse(String text) {
    String[] parts = text.trim().split(":");
    String[] range = parts.length == 2 ? parts[1].split("-") : new String[0];
    if (parts.length != 2 || range.length != 2) {
      throw new IllegalArgumentException("Target '" + text + "' is not METRIC:LOW-HIGH, e.g."
          + " auc24:400-600 or trough:10-15.");
    }
    Metric metric;
    try {
      metric = Metric.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Target metric '" + parts[0] + "' is not auc24, trough or"
          + " peak.", e);
    }
    try {
      return new ExposureTarget(metric, Double.parseDouble(range[0].trim()),
          Double.parseDouble(range[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Target range '" + parts[1] + "' is not two numbers.", e);
    }
  }

  /** True when {@code value} lies in the range. */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /** The metric's value in a set of exposure metrics. */
  public double valueOf(ExposureMetrics m) {
    if (metric == Metric.AUC24) {
      return m.auc24();
    }
    if (metric == Metric.TROUGH) {
      return m.ctrough();
    }
    if (metric == Metric.PEAK) {
      return m.cmax();
    }
    return m.fractionAbove();
  }

  /** Short human form, e.g. "AUC24 400-600". */
  public String describe() {
    return metric.name() + " " + trim(low) + "-" + trim(high);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
