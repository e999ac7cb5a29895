package org.medtwin.pharma.pkpd.bayes;

import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.medtwin.pharma.pkpd.data.Measurement;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * Individual Bayesian estimation: the random effects that maximise the posterior given a patient's
 * measured levels, doses and covariates under a population model (prior), found with Commons
 * Math's BOBYQA within ±6 prior standard deviations and polished by Nelder–Mead, then the Laplace
 * approximation from a central-difference Hessian.
 */
public final class MapEstimator {

  private final PopulationModel model;

  /**
   * An estimator for {@code model}.
   *
   * @throws IllegalArgumentException when the model has no residual error or no variability
   */
  public MapEstimator(PopulationModel model) {
    if (model.residual().isEmpty()) {
      throw new IllegalArgumentException("Model " + model.name() + " has no residual error in the"
          + " library, so measured levels cannot be weighed. Maybe choose another model for"
          + " Bayesian estimation?");
    }
    if (model.iiv().size() == 0) {
      throw new IllegalArgumentException("Model " + model.name() + " has no inter-individual"
          + " variability to estimate.");
    }
    this.model = model;
  }

  /** The prior model. */
  public PopulationModel model() {
    return model;
  }

  /**
   * The MAP estimate for one patient.
   *
   * @throws IllegalArgumentException when there are no measurements or doses
   */
  public MapEstimate estimate(
      PatientCovariates covariates, DosingHistory history, List<Measurement> measurements) {
    if (history.size() == 0) {
      throw new IllegalArgumentException("The patient has no doses; nothing to estimate from.");
    }
    ResidualError error = model.residual().orElseThrow();
    PosteriorObjective objective =
        new PosteriorObjective(model, covariates, history, measurements, error);
    int n = objective.dimension();
    double[] sd = priorSd(objective);
    double[] mode = n == 1 ? minimize1d(objective, sd[0]) : minimize(objective, sd);
    double value = objective.value(mode);
    double[][] covariance = laplace(objective, mode, sd);
    double[] predictions = measurements.isEmpty() ? new double[0] : objective.predict(mode).clone();
    double firstDose = history.doses().get(0).time();
    var parameters = model.individual(covariates.at(firstDose), objective.eta(mode),
        objective.occasions == 0 ? new double[0] : objective.kappas(mode)[0]);
    return new MapEstimate(mode, model.iiv().parameters(), parameters, value, covariance,
        predictions);
  }

  /** The objective for sampling the posterior (minus twice the log posterior). */
  MultivariateFunction objective(
      PatientCovariates covariates, DosingHistory history, List<Measurement> measurements) {
    PosteriorObjective o = new PosteriorObjective(model, covariates, history, measurements,
        model.residual().orElseThrow());
    return o::value;
  }

  private double[] priorSd(PosteriorObjective o) {
    double[] sd = new double[o.dimension()];
    for (int i = 0; i < o.etas; i++) {
      sd[i] = Math.sqrt(model.iiv().variance(i));
    }
    List<String> iovNames = model.iovParameters();
    for (int k = o.etas; k < sd.length; k++) {
      String name = iovNames.get((k - o.etas) % o.iov);
      sd[k] = Math.sqrt(model.parameters().get(name).iovVariance());
    }
    return sd;
  }

  private static double[] minimize1d(PosteriorObjective o, double sd) {
    BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
    UnivariatePointValuePair best = brent.optimize(new MaxEval(10_000), GoalType.MINIMIZE,
        new UnivariateObjectiveFunction(x -> o.value(new double[] {x})),
        new SearchInterval(-6 * sd, 6 * sd, 0));
    return new double[] {best.getPoint()};
  }

  private static double[] minimize(PosteriorObjective o, double[] sd) {
    int n = sd.length;
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      lower[i] = -6 * sd[i];
      upper[i] = 6 * sd[i];
    }
    double minSd = java.util.Arrays.stream(sd).min().orElse(1);
    BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * n + 1, 0.5 * minSd, 1e-9 * minSd);
    PointValuePair first = bobyqa.optimize(new MaxEval(20_000), GoalType.MINIMIZE,
        new ObjectiveFunction(o::value), new InitialGuess(new double[n]),
        new SimpleBounds(lower, upper));
    double[] steps = new double[n];
    for (int i = 0; i < n; i++) {
      steps[i] = 0.05 * sd[i];
    }
    SimplexOptimizer simplex = new SimplexOptimizer(1e-13, 1e-13);
    PointValuePair polished = simplex.optimize(new MaxEval(20_000), GoalType.MINIMIZE,
        new ObjectiveFunction(o::value), new InitialGuess(first.getPoint()),
        new NelderMeadSimplex(steps));
    return polished.getValue() <= first.getValue() ? polished.getPoint() : first.getPoint();
  }

  // Covariance = 2 H^-1 for H the Hessian of -2 log posterior; eigenvalues are floored so that
  // a flat direction (a parameter the data say nothing about) keeps its prior spread.
  private double[][] laplace(PosteriorObjective o, double[] mode, double[] sd) {
    int n = mode.length;
    double[][] h = new double[n][n];
    double f0 = o.value(mode);
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      step[i] = 1e-3 * sd[i];
    }
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double value;
        if (i == j) {
          double plus = o.value(shift(mode, i, step[i], -1, 0));
          double minus = o.value(shift(mode, i, -step[i], -1, 0));
          value = (plus - 2 * f0 + minus) / (step[i] * step[i]);
        } else {
          double pp = o.value(shift(mode, i, step[i], j, step[j]));
          double pm = o.value(shift(mode, i, step[i], j, -step[j]));
          double mp = o.value(shift(mode, i, -step[i], j, step[j]));
          double mm = o.value(shift(mode, i, -step[i], j, -step[j]));
          value = (pp - pm - mp + mm) / (4 * step[i] * step[j]);
        }
        h[i][j] = value;
        h[j][i] = value;
      }
    }
    RealMatrix hessian = new Array2DRowRealMatrix(h);
    EigenDecomposition eigen = new EigenDecomposition(hessian);
    double floor = 1e-8 * 2 / Math.pow(java.util.Arrays.stream(sd).max().orElse(1), 2);
    double[][] cov = new double[n][n];
    for (int k = 0; k < n; k++) {
      double lambda = Math.max(eigen.getRealEigenvalue(k), floor);
      double[] v = eigen.getEigenvector(k).toArray();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          cov[i][j] += 2 * v[i] * v[j] / lambda;
        }
      }
    }
    return cov;
  }

  private static double[] shift(double[] x, int i, double di, int j, double dj) {
    double[] y = x.clone();
    y[i] += di;
    if (j >= 0) {
      y[j] += dj;
    }
    return y;
  }
}
