package org.medtwin.pharma.pkpd.estimation;

/**
 * One subject as the estimation sees it: its observations and its prediction function (which
 * holds its doses and covariates).
 *
 * <p>The arrays are copied on the way in and must not be modified by callers of the accessors.
 */
public record FitSubject(
    String id, double[] times, double[] observed, IndividualPrediction prediction) {

  /** Checks that there is at least one observation and that times and values pair up. */
  public FitSubject {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A subject needs an id.");
    }
    if (times.length != observed.length) {
      throw new IllegalArgumentException("Subject " + id + " has " + times.length
          + " observation times but " + observed.length + " observed values.");
    }
    if (times.length == 0) {
      throw new IllegalArgumentException("Subject " + id + " has no observations to fit.");
    }
    for (int j = 0; j < times.length; j++) {
      if (!Double.isFinite(times[j]) || !Double.isFinite(observed[j])) {
        throw new IllegalArgumentException("Subject " + id + " observation " + (j + 1)
            + " is not a finite number (time " + times[j] + ", value " + observed[j] + ").");
      }
    }
    times = times.clone();
    observed = observed.clone();
  }

  /** The number of observations. */
  public int size() {
    return times.length;
  }

  /** The predictions at this subject's observation times. */
  double[] predict(double[] theta, double[] eta) {
    return prediction.at(theta, eta, times);
  }
}
