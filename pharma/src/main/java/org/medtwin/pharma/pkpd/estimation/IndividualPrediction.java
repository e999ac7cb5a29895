package org.medtwin.pharma.pkpd.estimation;

import java.util.Map;

/**
 * One subject's model with its doses and covariates bound in: predicted concentrations for given
 * typical values (theta, in {@link FitModel} order) and random effects (eta, in eta order).
 */
public interface IndividualPrediction {

  /**
   * Predicts the concentrations at {@code times}.
   *
   * @throws IllegalArgumentException when the parameters cannot be used (a covariate factor out of
   *     range); the estimation treats that point as infeasible
   */
  double[] at(double[] theta, double[] eta, double[] times);

  /** The subject's individual parameters by name, for reports. */
  Map<String, Double> parameters(double[] theta, double[] eta);
}
