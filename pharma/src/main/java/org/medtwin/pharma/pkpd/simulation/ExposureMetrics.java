package org.medtwin.pharma.pkpd.simulation;

/**
 * Exposure of one patient over a time window.
 *
 * @param start window start
 * @param end window end
 * @param auc area under the concentration curve over the window
 * @param auc24 the area scaled to 24 time units (auc · 24 / window length)
 * @param cmax highest concentration in the window
 * @param tmax time of cmax
 * @param cmin lowest concentration in the window
 * @param ctrough concentration just before the window end (the next dose)
 * @param threshold the threshold for time above (NaN when not asked)
 * @param timeAbove time spent above the threshold in the window
 */
public record ExposureMetrics(
    double start, double end, double auc, double auc24, double cmax, double tmax, double cmin,
    double ctrough, double threshold, double timeAbove) {

  /** Fraction of the window spent above the threshold. */
  public double fractionAbove() {
    return timeAbove / (end - start);
  }
}
