package org.medtwin.pharma.pkpd.estimation;

import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * Values of a population fit's parameters: typical values theta (natural scale, in {@link
 * FitModel} order), the diagonal of omega (variances of eta) and the residual error.
 */
public record PopulationParameters(double[] theta, double[] omega, ResidualError residual) {

  /** Copies the arrays. */
  public PopulationParameters {
    theta = theta.clone();
    omega = omega.clone();
  }

  /** The residual variance around an individual prediction f. */
  public double residualVariance(double f) {
    double sd = residual.sd(f);
    return sd * sd;
  }

  /** The derivative of the residual variance with respect to f. */
  double residualVarianceSlope(double f) {
    double a = residual.additive();
    double b = residual.proportional();
    switch (residual.type()) {
      case ADDITIVE:
        return 0;
      case COMBINED_SUM:
        return 2 * (a + b * Math.abs(f)) * b * Math.signum(f);
      default:
        return 2 * b * b * f;
    }
  }
}
