package org.medtwin.twin.glucose.calibrate;

/**
 * The posterior of one calibrated factor (relative to the virtual patient's value).
 *
 * @param mean posterior mean
 * @param p5 5th percentile
 * @param median 50th percentile
 * @param p95 95th percentile
 */
public record ParameterEstimate(double mean, double p5, double median, double p95) {}
