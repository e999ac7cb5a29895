package org.medtwin.pharma.pkpd.model;

import org.medtwin.pharma.pkpd.dosing.DosingHistory;

/**
 * Predicts central-compartment concentrations of a PK model for one individual's parameters and
 * dosing history. Implementations: closed form by superposition ({@link PkModel#closedForm()}) and
 * numerical integration ({@link PkModel#ode()}).
 *
 * <p>Convention at a dose time: a bolus given at time t is included in the concentration at t
 * (concentrations are right-continuous), so record a pre-dose trough at its real sampling time.
 */
public interface ConcentrationPredictor {

  /**
   * Writes the concentration at each of {@code times} into {@code out} (same length; times in any
   * order).
   *
   * @throws IllegalArgumentException when parameters or doses do not fit the model
   */
  void concentrations(PkParameters p, DosingHistory history, double[] times, double[] out);

  /** Concentrations at the given times, in a new array. */
  default double[] concentrations(PkParameters p, DosingHistory history, double[] times) {
    double[] out = new double[times.length];
    concentrations(p, history, times, out);
    return out;
  }

  /** Concentration at one time. */
  default double concentration(PkParameters p, DosingHistory history, double time) {
    double[] out = new double[1];
    concentrations(p, history, new double[] {time}, out);
    return out[0];
  }
}
