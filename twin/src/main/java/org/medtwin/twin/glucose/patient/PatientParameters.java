package org.medtwin.twin.glucose.patient;

/**
 * The UVA/Padova (S2008) parameters of one virtual patient that the ODE uses, in the units of
 * {@code vpatient_params.csv} (minutes, mg, pmol, kg, dL, L), plus its basal initial state.
 *
 * <p>Field names follow the CSV columns; see docs/glucose-twin.md for the meaning of each.
 */
public record PatientParameters(
    String name,
    double bw, double kabs, double kmax, double kmin, double b, double d, double f,
    double vg, double vi, double ib, double vmx, double km0, double vm0,
    double k1, double k2, double p2u, double m1, double m2, double m4, double m30, double ki,
    double kp1, double kp2, double kp3, double ke1, double ke2, double fsnc,
    double kd, double ka1, double ka2, double ksc, double u2ss, double[] x0) {

  /** Number of model states. */
  public static final int STATES = 13;

  public PatientParameters {
    if (x0 == null || x0.length != STATES) {
      throw new IllegalArgumentException("Patient " + name + ": the initial state needs "
          + STATES + " values, got " + (x0 == null ? "none" : x0.length) + ".");
    }
    x0 = x0.clone();
  }

  /** The basal initial state (a copy). */
  @Override
  public double[] x0() {
    return x0.clone();
  }

  /** The basal insulin rate that holds the initial state, U/min (u2ss·BW/6000). */
  public double basalUnitsPerMinute() {
    return u2ss * bw / 6000.0;
  }

  /**
   * The same patient with insulin-dependent glucose utilisation gain {@code Vmx} scaled: the
   * twin's insulin sensitivity. The basal state is unchanged because X = 0 at basal.
   */
  public PatientParameters withInsulinSensitivityFactor(double factor) {
    return new PatientParameters(name, bw, kabs, kmax, kmin, b, d, f, vg, vi, ib,
        vmx * factor, km0, vm0, k1, k2, p2u, m1, m2, m4, m30, ki, kp1, kp2, kp3, ke1, ke2, fsnc,
        kd, ka1, ka2, ksc, u2ss, x0);
  }

  /**
   * The same patient with intestinal absorption rate {@code kabs} scaled: how fast eaten
   * carbohydrate reaches the blood. The basal state is unchanged because the gut is empty.
   */
  public PatientParameters withAbsorptionFactor(double factor) {
    return new PatientParameters(name, bw, kabs * factor, kmax, kmin, b, d, f, vg, vi, ib,
        vmx, km0, vm0, k1, k2, p2u, m1, m2, m4, m30, ki, kp1, kp2, kp3, ke1, ke2, fsnc,
        kd, ka1, ka2, ksc, u2ss, x0);
  }
}
