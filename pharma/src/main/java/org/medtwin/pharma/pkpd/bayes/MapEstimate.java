package org.medtwin.pharma.pkpd.bayes;

import org.medtwin.pharma.pkpd.model.PkParameters;

/**
 * The maximum a posteriori estimate of one patient's random effects with its Laplace
 * approximation: the posterior is approximated by a normal distribution at the mode whose
 * covariance is the inverse Hessian of minus the log posterior.
 *
 * @param randomEffects the mode: etas, then kappas per occasion
 * @param etaNames parameter names of the etas
 * @param parameters individual parameters at the mode, at the first dose time
 * @param objective minus twice the log posterior at the mode (up to a constant)
 * @param covariance Laplace covariance of the random effects
 * @param individualPredictions predictions at the measurement times at the mode
 */
public record MapEstimate(
    double[] randomEffects,
    java.util.List<String> etaNames,
    PkParameters parameters,
    double objective,
    double[][] covariance,
    double[] individualPredictions) {

  /** Posterior standard deviation of random effect {@code i} (Laplace). */
  public double standardDeviation(int i) {
    return Math.sqrt(covariance[i][i]);
  }
}
