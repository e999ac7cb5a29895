package org.medtwin.pharma.pkpd.dosefinding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.medtwin.pharma.pkpd.bayes.PosteriorSample;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.CovariateValues;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/**
 * Parameter sets to optimise a dose over: a patient's posterior draws after measured levels, or
 * draws from the population model before any level (a priori dosing).
 */
public final class ParameterDraws {

  private ParameterDraws() {}

  /**
   * Parameters of each posterior draw with the covariates expected over the new regimen; kappas of
   * the last occasion are dropped (a new occasion has kappa 0 on average).
   */
  public static List<PkParameters> fromPosterior(
      PopulationModel model, CovariateValues covariates, PosteriorSample sample) {
    int etas = model.iiv().size();
    double[] kappa = new double[model.iovParameters().size()];
    List<PkParameters> out = new ArrayList<>(sample.draws().size());
    for (double[] draw : sample.draws()) {
      out.add(model.individual(covariates, Arrays.copyOf(draw, etas), kappa));
    }
    return out;
  }

  /** {@code n} draws from the population distribution for given covariates, with a seed. */
  public static List<PkParameters> fromPopulation(
      PopulationModel model, CovariateValues covariates, int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("Need at least one draw, got " + n + ".");
    }
    Random random = new Random(seed);
    double[] eta = new double[model.iiv().size()];
    double[] kappa = new double[model.iovParameters().size()];
    List<PkParameters> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      model.iiv().sample(random, eta);
      out.add(model.individual(covariates, eta, kappa));
    }
    return out;
  }
}
