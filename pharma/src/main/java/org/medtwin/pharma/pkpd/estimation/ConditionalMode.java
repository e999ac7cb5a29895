package org.medtwin.pharma.pkpd.estimation;

/**
 * One subject's empirical Bayes estimate of eta (the mode of its conditional distribution) with
 * what the FOCE-I objective and the diagnostics need at that mode.
 *
 * @param eta the conditional mode
 * @param individualPrediction f at the observation times with that eta (IPRED)
 * @param etaJacobian d f_j / d eta_m at the mode, one row per observation
 * @param residualVariance the residual variance at each observation, at IPRED (the interaction)
 * @param dataTerm sum over observations of log(var) + residual^2 / var
 * @param priorTerm eta' inverse(omega) eta
 * @param logDetTerm log det(I + omega A) where A is the expected information of the data about eta
 */
record ConditionalMode(
    double[] eta,
    double[] individualPrediction,
    double[][] etaJacobian,
    double[] residualVariance,
    double dataTerm,
    double priorTerm,
    double logDetTerm) {

  /** The subject's FOCE-I contribution to the objective function value. */
  double objective() {
    return dataTerm + priorTerm + logDetTerm;
  }
}
