package org.medtwin.pharma.pkpd.estimation;

/**
 * How hard the FOCE-I estimation works: the outer optimiser's evaluation budget and trust-region
 * radii (on the log scale of the parameters), and whether to run the covariance step.
 *
 * @param maxEvaluations the most OFV evaluations the outer optimiser may spend
 * @param initialRadius BOBYQA's first trust-region radius; 0.5 lets a parameter move by a factor
 *     of about 1.6 in the first steps
 * @param finalRadius BOBYQA's last radius: the precision of the log parameters
 * @param covarianceStep whether to compute standard errors
 */
public record FoceiSettings(
    int maxEvaluations, double initialRadius, double finalRadius, boolean covarianceStep) {

  /** Checks the budget and radii. */
  public FoceiSettings {
    if (maxEvaluations < 10) {
      throw new IllegalArgumentException("maxEvaluations must be at least 10, not "
          + maxEvaluations + ".");
    }
    if (!(initialRadius > finalRadius && finalRadius > 0)) {
      throw new IllegalArgumentException("Need initialRadius > finalRadius > 0, not "
          + initialRadius + " and " + finalRadius + ".");
    }
  }

  /** The defaults: 20,000 evaluations, radii 0.5 to 1e-6, with the covariance step. */
  public static FoceiSettings defaults() {
    return new FoceiSettings(20_000, 0.5, 1e-6, true);
  }
}
