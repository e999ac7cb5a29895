package org.medtwin.pharma.pkpd.model;

/**
 * A PK model written as differential equations in compartment amounts, for {@link OdePredictor}:
 * the linear compartment models (as a check on the closed forms) and user-defined models such as
 * saturable elimination, which have no closed form.
 */
public interface OdeModel {

  /** Number of state variables (compartment amounts). */
  int dimension();

  /** Index of the compartment that IV doses go into and concentrations are read from. */
  int centralIndex();

  /** Index of the absorption depot, or -1 when the model has none. */
  int depotIndex();

  /**
   * Checks parameters and doses before a simulation.
   *
   * @throws IllegalArgumentException naming the first problem
   */
  void check(PkParameters p, org.medtwin.pharma.pkpd.dosing.DosingHistory history);

  /** Writes d(amount)/dt without dose inputs into {@code dadt}. */
  void derivatives(PkParameters p, double[] amounts, double[] dadt);

  /** Central concentration for the given amounts. */
  default double concentration(PkParameters p, double[] amounts) {
    return amounts[centralIndex()] / p.v1();
  }
}
