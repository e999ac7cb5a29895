package org.medtwin.twin.glucose.model;

/**
 * The Dormand–Prince 5(4) explicit Runge–Kutta method with the step-size control of Hairer's
 * DOPRI5 (Hairer, Nørsett &amp; Wanner, Solving ODEs I, 2nd ed., §II.4–5), which is the integrator
 * simglucose runs through scipy ({@code ode(...).set_integrator("dopri5")}): same tableau, same
 * error norm, same tolerances (rtol 1e-6, atol 1e-12), same safety factor and PI step control.
 *
 * <p>Written here rather than taken from commons-math because the twin advances one minute at a
 * time, millions of times per benchmark, and this one allocates nothing per step. Not thread
 * safe: one integrator per simulated patient.
 */
public final class DormandPrince {

  private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
  private static final double A21 = 1.0 / 5;
  private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
  private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
  private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561,
      A54 = -212.0 / 729;
  private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247,
      A64 = 49.0 / 176, A65 = -5103.0 / 18656;
  private static final double A71 = 35.0 / 384, A73 = 500.0 / 1113, A74 = 125.0 / 192,
      A75 = -2187.0 / 6784, A76 = 11.0 / 84;
  private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920,
      E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

  private static final double SAFETY = 0.9, FAC_MIN = 0.2, FAC_MAX = 10.0, BETA = 0.04;
  private static final double EXPO = 0.2 - BETA * 0.75;
  private static final int MAX_STEPS = 100_000;

  private final double rtol;
  private final double atol;
  private final int n;
  private final double[] k1, k2, k3, k4, k5, k6, k7, ytmp, ynew;
  private double lastStep;
  private long steps;

  /** An integrator with simglucose's tolerances (scipy dopri5 defaults). */
  public static DormandPrince withReferenceTolerances(int dimension) {
    return new DormandPrince(dimension, 1e-6, 1e-12);
  }

  public DormandPrince(int dimension, double rtol, double atol) {
    if (dimension < 1 || !(rtol > 0) || !(atol > 0)) {
      throw new IllegalArgumentException("Integrator needs dimension >= 1 and positive tolerances,"
          + " got " + dimension + ", rtol " + rtol + ", atol " + atol + ".");
    }
    this.rtol = rtol;
    this.atol = atol;
    this.n = dimension;
    k1 = new double[n]; k2 = new double[n]; k3 = new double[n]; k4 = new double[n];
    k5 = new double[n]; k6 = new double[n]; k7 = new double[n];
    ytmp = new double[n]; ynew = new double[n];
  }

  /** Accepted and rejected steps so far (for benchmarks). */
  public long steps() {
    return steps;
  }

  /**
   * Advances {@code y} in place by {@code duration} minutes of {@code system}. The first call picks
   * its initial step as DOPRI5's HINIT does; later calls start from the last accepted step, which
   * changes the path of steps (not the tolerance) compared with scipy's fresh start each minute.
   *
   * @throws IllegalStateException when the step size collapses (a state became non-finite)
   */
  public void advance(OdeSystem system, double[] y, double duration) {
    double t = 0.0;
    system.derivatives(y, k1);
    double h = lastStep > 0 ? Math.min(lastStep, duration) : initialStep(system, y, duration);
    double facOld = 1e-4;
    boolean rejected = false;
    for (int count = 0; t < duration; count++) {
      if (count > MAX_STEPS || !(h > 1e-12 * duration)) {
        throw new IllegalStateException("ODE integration failed at t=" + t + " of " + duration
            + " (step " + h + "); a model state is probably not finite.");
      }
      boolean last = t + 1.01 * h - duration >= 0;
      if (last) {
        h = duration - t;
      }
      double err = trialStep(system, y, h);
      steps++;
      double fac11 = Math.pow(err, EXPO);
      double fac = Math.max(1.0 / FAC_MAX, Math.min(1.0 / FAC_MIN, fac11 / Math.pow(facOld, BETA)
          / SAFETY));
      double hNew = h / fac;
      if (err <= 1.0) {
        facOld = Math.max(err, 1e-4);
        System.arraycopy(ynew, 0, y, 0, n);
        System.arraycopy(k2, 0, k1, 0, n); // first-same-as-last: f(ynew) is k2 after trialStep
        t = last ? duration : t + h;
        if (rejected) {
          hNew = Math.min(hNew, h);
        }
        rejected = false;
        if (!last) {
          lastStep = hNew;
        }
        h = hNew;
      } else {
        h = h / Math.min(1.0 / FAC_MIN, fac11 / SAFETY);
        rejected = true;
      }
    }
    if (lastStep <= 0) {
      lastStep = duration;
    }
  }

  /** One trial step of size h from y (k1 = f(y)); leaves the candidate in ynew and f(ynew) in k2. */
  private double trialStep(OdeSystem system, double[] y, double h) {
    for (int i = 0; i < n; i++) {
      ytmp[i] = y[i] + h * A21 * k1[i];
    }
    system.derivatives(ytmp, k2);
    for (int i = 0; i < n; i++) {
      ytmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
    }
    system.derivatives(ytmp, k3);
    for (int i = 0; i < n; i++) {
      ytmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
    }
    system.derivatives(ytmp, k4);
    for (int i = 0; i < n; i++) {
      ytmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    }
    system.derivatives(ytmp, k5);
    for (int i = 0; i < n; i++) {
      ytmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    }
    system.derivatives(ytmp, k6);
    for (int i = 0; i < n; i++) {
      ynew[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
    }
    system.derivatives(ynew, k7);
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      double e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
      double sk = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(ynew[i]));
      sum += (e / sk) * (e / sk);
    }
    System.arraycopy(k7, 0, k2, 0, n);
    double err = Math.sqrt(sum / n);
    return Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
  }

  /** DOPRI5's HINIT: a first step from the sizes of y, f(y) and an estimate of f's change. */
  private double initialStep(OdeSystem system, double[] y, double hMax) {
    double dnf = 0.0, dny = 0.0;
    for (int i = 0; i < n; i++) {
      double sk = atol + rtol * Math.abs(y[i]);
      dnf += (k1[i] / sk) * (k1[i] / sk);
      dny += (y[i] / sk) * (y[i] / sk);
    }
    double h = dnf <= 1e-10 || dny <= 1e-10 ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
    h = Math.min(h, hMax);
    for (int i = 0; i < n; i++) {
      ytmp[i] = y[i] + h * k1[i];
    }
    system.derivatives(ytmp, k2);
    double der2 = 0.0;
    for (int i = 0; i < n; i++) {
      double sk = atol + rtol * Math.abs(y[i]);
      der2 += ((k2[i] - k1[i]) / sk) * ((k2[i] - k1[i]) / sk);
    }
    der2 = Math.sqrt(der2) / h;
    double der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
    double h1 = der12 <= 1e-15 ? Math.max(1e-6, Math.abs(h) * 1e-3) : Math.pow(0.01 / der12, 0.2);
    return Math.min(Math.min(100 * Math.abs(h), h1), hMax);
  }
}
