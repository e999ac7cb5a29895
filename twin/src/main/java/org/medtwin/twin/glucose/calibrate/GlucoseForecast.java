package org.medtwin.twin.glucose.calibrate;

/**
 * A predicted plasma-glucose course with its uncertainty band, every few minutes from "now".
 *
 * @param stepMinutes spacing of the values
 * @param p5 5th percentile over the calibrated twins, mg/dL
 * @param median 50th percentile, mg/dL
 * @param p95 95th percentile, mg/dL
 * @param p5OfMinimum 5th percentile of each twin's lowest glucose over the horizon, mg/dL
 */
public record GlucoseForecast(int stepMinutes, double[] p5, double[] median, double[] p95,
    double p5OfMinimum) {

  public GlucoseForecast {
    p5 = p5.clone();
    median = median.clone();
    p95 = p95.clone();
  }

  /** Minutes from now covered. */
  public int horizonMinutes() {
    return (median.length - 1) * stepMinutes;
  }

  @Override
  public double[] p5() {
    return p5.clone();
  }

  @Override
  public double[] median() {
    return median.clone();
  }

  @Override
  public double[] p95() {
    return p95.clone();
  }
}
