package org.medtwin.pharma.pkpd.model;

/**
 * A unit impulse response written as a sum of exponentials, {@code r(t) = Σ c_i exp(-λ_i t)}, and
 * the closed-form responses to a bolus, a zero-order infusion and their steady states that follow
 * from it by superposition (Gibaldi & Perrier, Pharmacokinetics, 2nd ed., ch. 3 and appendix C).
 *
 * <p>This is the hot path of every simulation, so it works on primitive arrays and allocates
 * nothing per evaluation.
 */
public final class ExponentialSum {

  // Relative gap under which two rate constants are treated as equal when convolving; the
  // perturbation keeps the sum-of-exponentials form with an error of the same relative size.
  private static final double COINCIDENT = 1e-7;

  private final double[] coef;
  private final double[] rate;

  /**
   * A response from its coefficients and rate constants (copied).
   *
   * @throws IllegalArgumentException when the arrays differ in length or a rate is not > 0
   */
  public ExponentialSum(double[] coef, double[] rate) {
    if (coef.length != rate.length) {
      throw new IllegalArgumentException(
          coef.length + " coefficients but " + rate.length + " rate constants.");
    }
    for (double lambda : rate) {
      if (!(lambda > 0) || !Double.isFinite(lambda)) {
        throw new IllegalArgumentException(
            "Rate constant " + lambda + " must be a finite number > 0 (no accumulation without"
                + " elimination). Maybe clearance is 0?");
      }
    }
    this.coef = coef.clone();
    this.rate = rate.clone();
  }

  /** Number of exponential terms. */
  public int terms() {
    return rate.length;
  }

  /** Coefficient of term {@code i}. */
  public double coefficient(int i) {
    return coef[i];
  }

  /** Rate constant of term {@code i}. */
  public double rateConstant(int i) {
    return rate[i];
  }

  /** This response scaled by a factor. */
  public ExponentialSum scaled(double factor) {
    double[] c = coef.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] *= factor;
    }
    return new ExponentialSum(c, rate);
  }

  /**
   * The response of a compartment filled from this one by first order with rate constant {@code
   * k}, i.e. the convolution of this response with {@code k·exp(-k t)}: absorption from a depot
   * or equilibration into an effect compartment.
   */
  public ExponentialSum convolveFirstOrder(double k) {
    int n = rate.length;
    double[] c = new double[n + 1];
    double[] l = new double[n + 1];
    double kk = k;
    for (int i = 0; i < n; i++) {
      if (Math.abs(kk - rate[i]) <= COINCIDENT * Math.max(kk, rate[i])) {
        kk = kk * (1 + 10 * COINCIDENT);
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      c[i] = coef[i] * kk / (kk - rate[i]);
      l[i] = rate[i];
      sum += c[i];
    }
    c[n] = -sum;
    l[n] = kk;
    return new ExponentialSum(c, l);
  }

  /** Response at {@code t} after a unit bolus; 0 before it. */
  public double bolus(double t) {
    if (t < 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < rate.length; i++) {
      sum += coef[i] * Math.exp(-rate[i] * t);
    }
    return sum;
  }

  /** Response at {@code t} after the start of a unit-rate infusion lasting {@code duration}. */
  public double infusion(double t, double duration) {
    if (t <= 0) {
      return 0;
    }
    double on = Math.min(t, duration);
    double off = t - on;
    double sum = 0;
    for (int i = 0; i < rate.length; i++) {
      double lambda = rate[i];
      sum += coef[i] / lambda * -Math.expm1(-lambda * on) * Math.exp(-lambda * off);
    }
    return sum;
  }

  /**
   * Response at {@code t} after the last of infinitely many unit boluses given every {@code tau}
   * (no later doses): {@code Σ_k≥0 r(t + k·tau)}. A negative {@code t} (a lag time not yet over)
   * is moved forward by whole intervals, since the doses still in their lag contribute nothing.
   */
  public double bolusSteadyState(double t, double tau) {
    double s = t < 0 ? t + Math.ceil(-t / tau) * tau : t;
    double sum = 0;
    for (int i = 0; i < rate.length; i++) {
      double lambda = rate[i];
      sum += coef[i] * Math.exp(-lambda * s) / -Math.expm1(-lambda * tau);
    }
    return sum;
  }

  /**
   * Response at {@code t} after the start of the last of infinitely many unit-rate infusions of
   * length {@code duration} started every {@code tau}. The duration may exceed {@code tau}: the
   * infusions still running at {@code t} are summed in closed form, the finished ones as a
   * geometric series.
   */
  public double infusionSteadyState(double t, double duration, double tau) {
    double s = t < 0 ? t + Math.ceil(-t / tau) * tau : t;
    // Infusions k = 0..running-1 (started at s, s + tau, ... before now) are still running.
    long running = s < duration ? (long) Math.ceil((duration - s) / tau) : 0;
    double sum = 0;
    for (int i = 0; i < rate.length; i++) {
      double lambda = rate[i];
      double perInterval = -Math.expm1(-lambda * tau);
      double onPart = 0;
      if (running > 0) {
        double decayed =
            Math.exp(-lambda * s) * -Math.expm1(-lambda * running * tau) / perInterval;
        onPart = running - decayed;
      }
      double firstFinished = s + running * tau - duration;
      double offPart =
          -Math.expm1(-lambda * duration) * Math.exp(-lambda * firstFinished) / perInterval;
      sum += coef[i] / lambda * (onPart + offPart);
    }
    return sum;
  }

  /** Area under the unit bolus response from 0 to infinity, {@code Σ c_i / λ_i}. */
  public double area() {
    double sum = 0;
    for (int i = 0; i < rate.length; i++) {
      sum += coef[i] / rate[i];
    }
    return sum;
  }
}
