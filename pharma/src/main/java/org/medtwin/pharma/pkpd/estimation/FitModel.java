package org.medtwin.pharma.pkpd.estimation;

import java.util.List;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * What a population fit estimates, with initial values: the positive typical values (theta), the
 * variances of the log-normal etas on some of them (a diagonal omega), and the residual error of
 * a given form.
 *
 * @param thetaNames the estimated typical values' names
 * @param thetaInitial their initial values, all positive
 * @param etaNames the parameters with IIV, each one of thetaNames
 * @param omegaInitial the initial eta variances, all positive
 * @param initialResidual the residual error form and its initial magnitudes
 */
public record FitModel(
    List<String> thetaNames,
    double[] thetaInitial,
    List<String> etaNames,
    double[] omegaInitial,
    ResidualError initialResidual) {

  /** Checks the names pair with values and every initial value is positive. */
  public FitModel {
    thetaNames = List.copyOf(thetaNames);
    etaNames = List.copyOf(etaNames);
    thetaInitial = thetaInitial.clone();
    omegaInitial = omegaInitial.clone();
    if (thetaNames.isEmpty() || thetaNames.size() != thetaInitial.length) {
      throw new IllegalArgumentException("Need one initial value per typical value, got "
          + thetaNames + " and " + thetaInitial.length + " values.");
    }
    if (etaNames.size() != omegaInitial.length) {
      throw new IllegalArgumentException("Need one initial variance per eta, got " + etaNames
          + " and " + omegaInitial.length + " values.");
    }
    for (int k = 0; k < thetaInitial.length; k++) {
      if (!(thetaInitial[k] > 0) || !Double.isFinite(thetaInitial[k])) {
        throw new IllegalArgumentException("Typical value " + thetaNames.get(k)
            + " needs a positive initial value, not " + thetaInitial[k] + ".");
      }
    }
    for (int m = 0; m < omegaInitial.length; m++) {
      if (!thetaNames.contains(etaNames.get(m))) {
        throw new IllegalArgumentException("Eta on " + etaNames.get(m)
            + " is not on an estimated typical value " + thetaNames + ".");
      }
      if (!(omegaInitial[m] > 0) || !Double.isFinite(omegaInitial[m])) {
        throw new IllegalArgumentException("The IIV variance of " + etaNames.get(m)
            + " needs a positive initial value, not " + omegaInitial[m] + ".");
      }
    }
  }

  /** The residual error form. */
  public ResidualError.Type errorType() {
    return initialResidual.type();
  }

  /** The number of etas. */
  public int etaCount() {
    return etaNames.size();
  }

  /** The initial population parameters. */
  public PopulationParameters initial() {
    return new PopulationParameters(thetaInitial, omegaInitial, initialResidual);
  }

  /** The same model starting from other typical values. */
  public FitModel withThetaInitial(double[] theta) {
    return new FitModel(thetaNames, theta, etaNames, omegaInitial, initialResidual);
  }
}
