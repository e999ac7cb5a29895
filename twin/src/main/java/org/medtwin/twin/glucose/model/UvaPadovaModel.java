package org.medtwin.twin.glucose.model;

import org.medtwin.twin.glucose.patient.PatientParameters;

/**
 * The right-hand side of the UVA/Padova S2008 T1D model as simglucose implements it
 * (../shared/design/uva-padova-model.md §3): 13 states, inputs held constant over a minute.
 *
 * <p>One instance per simulated patient, reused minute after minute (it holds the minute's
 * inputs), because the integrator calls it millions of times per simulated population.
 */
public final class UvaPadovaModel implements OdeSystem {

  /** State indices (spec §1). */
  public static final int QSTO1 = 0, QSTO2 = 1, QGUT = 2, GP = 3, GT = 4, IP = 5, X = 6, I1 = 7,
      ID = 8, IL = 9, ISC1 = 10, ISC2 = 11, GS = 12;

  private PatientParameters p;
  private double mealMgPerMinute;
  private double insulinPmolPerKgMinute;
  private double dbar;

  public UvaPadovaModel(PatientParameters parameters) {
    this.p = parameters;
  }

  /** Replaces the parameters (calibration moves insulin sensitivity and absorption). */
  public void parameters(PatientParameters parameters) {
    this.p = parameters;
  }

  /** The parameters in use. */
  public PatientParameters parameters() {
    return p;
  }

  /**
   * Sets this minute's inputs.
   *
   * @param carbGramsPerMinute eating rate CHO, g/min
   * @param insulinUnitsPerMinute insulin infusion u, U/min
   * @param mealDoseMg D̄: stomach content when the current meal started plus what was eaten of
   *     it so far, mg (spec §3.1, §4)
   */
  public void inputs(double carbGramsPerMinute, double insulinUnitsPerMinute, double mealDoseMg) {
    this.mealMgPerMinute = carbGramsPerMinute * 1000.0;
    this.insulinPmolPerKgMinute = insulinUnitsPerMinute * 6000.0 / p.bw();
    this.dbar = mealDoseMg;
  }

  @Override
  public int dimension() {
    return PatientParameters.STATES;
  }

  @Override
  public void derivatives(double[] x, double[] dx) {
    double qsto = x[QSTO1] + x[QSTO2];
    double kempt = gastricEmptying(qsto);

    dx[QSTO1] = -p.kmax() * x[QSTO1] + mealMgPerMinute;
    dx[QSTO2] = p.kmax() * x[QSTO1] - kempt * x[QSTO2];
    dx[QGUT] = kempt * x[QSTO2] - p.kabs() * x[QGUT];

    double ra = p.f() * p.kabs() * x[QGUT] / p.bw();
    double egp = p.kp1() - p.kp2() * x[GP] - p.kp3() * x[ID];
    double renal = x[GP] > p.ke2() ? p.ke1() * (x[GP] - p.ke2()) : 0.0;
    dx[GP] = guard(x[GP],
        Math.max(egp, 0.0) + ra - p.fsnc() - renal - p.k1() * x[GP] + p.k2() * x[GT]);
    double uid = (p.vm0() + p.vmx() * x[X]) * x[GT] / (p.km0() + x[GT]);
    dx[GT] = guard(x[GT], -uid + p.k1() * x[GP] - p.k2() * x[GT]);

    dx[IP] = guard(x[IP], -(p.m2() + p.m4()) * x[IP] + p.m1() * x[IL] + p.ka1() * x[ISC1]
        + p.ka2() * x[ISC2]);
    double plasmaInsulin = x[IP] / p.vi();
    dx[X] = -p.p2u() * x[X] + p.p2u() * (plasmaInsulin - p.ib());
    dx[I1] = -p.ki() * (x[I1] - plasmaInsulin);
    dx[ID] = -p.ki() * (x[ID] - x[I1]);
    dx[IL] = guard(x[IL], -(p.m1() + p.m30()) * x[IL] + p.m2() * x[IP]);

    dx[ISC1] = guard(x[ISC1], insulinPmolPerKgMinute - (p.ka1() + p.kd()) * x[ISC1]);
    dx[ISC2] = guard(x[ISC2], p.kd() * x[ISC1] - p.ka2() * x[ISC2]);

    dx[GS] = guard(x[GS], -p.ksc() * x[GS] + p.ksc() * x[GP]);
  }

  /** kempt of spec §3.1: fast when the stomach is near empty or near full, slow between. */
  private double gastricEmptying(double qsto) {
    if (dbar <= 0) {
      return p.kmax();
    }
    double alpha = 5.0 / (2.0 * dbar * (1.0 - p.b()));
    double beta = 5.0 / (2.0 * dbar * p.d());
    return p.kmin() + (p.kmax() - p.kmin()) / 2.0
        * (Math.tanh(alpha * (qsto - p.b() * dbar)) - Math.tanh(beta * (qsto - p.d() * dbar)) + 2.0);
  }

  /** simglucose's positivity guard (spec §3.7): a negative state stops changing. */
  private static double guard(double state, double derivative) {
    return state >= 0 ? derivative : 0.0;
  }
}
