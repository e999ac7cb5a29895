package org.medtwin.learn.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The performance of risks against outcomes: AUROC, AUPRC, Brier score, calibration intercept and
 * slope, each with a percentile bootstrap 95% confidence interval from a seeded resampling of
 * persons.
 */
public record Performance(
    int persons,
    int events,
    Estimate auroc,
    Estimate auprc,
    Estimate brier,
    Estimate calibrationIntercept,
    Estimate calibrationSlope) {

  /** How many bootstrap resamples the intervals use. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /**
   * Computes every metric and its interval; resamples without both events and non-events are
   * drawn again, so every interval rests on the same number of resamples.
   *
   * @throws IllegalArgumentException when the outcomes lack events or non-events
   */
  public static Performance of(double[] risk, int[] outcome, int resamples, long seed) {
    Outcomes.check(risk, outcome);
    int events = Arrays.stream(outcome).sum();
    Outcomes.requireBoth(events, outcome.length - events);
    double[][] draws = new double[5][resamples];
    SplittableRandom random = new SplittableRandom(seed);
    int n = risk.length;
    double[] r = new double[n];
    int[] o = new int[n];
    for (int b = 0; b < resamples; b++) {
      int drawnEvents;
      do {
        drawnEvents = 0;
        for (int i = 0; i < n; i++) {
          int k = random.nextInt(n);
          r[i] = risk[k];
          o[i] = outcome[k];
          drawnEvents += o[i];
        }
      } while (drawnEvents == 0 || drawnEvents == n);
      double[] m = metrics(r, o);
      for (int j = 0; j < 5; j++) {
        draws[j][b] = m[j];
      }
    }
    double[] full = metrics(risk, outcome);
    Estimate[] e = new Estimate[5];
    for (int j = 0; j < 5; j++) {
      e[j] = new Estimate(full[j], percentile(draws[j], 0.025), percentile(draws[j], 0.975));
    }
    return new Performance(n, events, e[0], e[1], e[2], e[3], e[4]);
  }

  private static double[] metrics(double[] risk, int[] outcome) {
    return new double[] {
      Discrimination.auroc(risk, outcome), Discrimination.auprc(risk, outcome),
      Calibration.brier(risk, outcome), Calibration.intercept(risk, outcome), Calibration.slope(risk, outcome)
    };
  }

  /** The q-quantile by linear interpolation between order statistics, ignoring NaN. */
  static double percentile(double[] values, double q) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double position = q * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(sorted.length - 1, lower + 1);
    return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
  }
}
