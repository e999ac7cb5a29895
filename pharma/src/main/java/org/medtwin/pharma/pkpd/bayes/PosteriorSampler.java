package org.medtwin.pharma.pkpd.bayes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.medtwin.pharma.pkpd.data.Measurement;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.population.PatientCovariates;

/**
 * Samples a patient's posterior by sampling importance resampling (Rubin 1988): proposals from a
 * multivariate t (5 degrees of freedom) around the MAP estimate with the Laplace covariance,
 * weighted by the exact posterior over the proposal density, then resampled. The heavier tails of
 * the proposal keep the weights bounded where the true posterior is wider than the Laplace normal.
 */
public final class PosteriorSampler {

  private static final double DF = 5;

  private final MapEstimator estimator;

  /** A sampler for the estimator's model. */
  public PosteriorSampler(MapEstimator estimator) {
    this.estimator = estimator;
  }

  /**
   * {@code draws} posterior draws from {@code proposals} weighted proposals, with a seed.
   *
   * @throws IllegalArgumentException when counts are not positive
   */
  public PosteriorSample sample(
      MapEstimate map, PatientCovariates covariates, DosingHistory history,
      List<Measurement> measurements, int proposals, int draws, long seed) {
    if (proposals < 1 || draws < 1) {
      throw new IllegalArgumentException("Proposal and draw counts must be >= 1, got " + proposals
          + " and " + draws + ".");
    }
    MultivariateFunction objective = estimator.objective(covariates, history, measurements);
    int n = map.randomEffects().length;
    double[][] lower = new CholeskyDecomposition(new Array2DRowRealMatrix(map.covariance()), 1e-10,
        1e-14).getL().getData();
    Random random = new Random(seed);
    double[][] x = new double[proposals][];
    double[] logWeight = new double[proposals];
    double best = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < proposals; s++) {
      double[] z = new double[n];
      double zz = 0;
      for (int i = 0; i < n; i++) {
        z[i] = random.nextGaussian();
        zz += z[i] * z[i];
      }
      double chi = 0;
      for (int k = 0; k < DF; k++) {
        double g = random.nextGaussian();
        chi += g * g;
      }
      double scale = Math.sqrt(DF / chi);
      double[] point = map.randomEffects().clone();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          point[i] += scale * lower[i][j] * z[j];
        }
      }
      // Multivariate t log density up to a constant, in the standardised distance u'u.
      double u = zz * scale * scale;
      double logProposal = -(DF + n) / 2 * Math.log1p(u / DF);
      double logPosterior = -objective.value(point) / 2;
      x[s] = point;
      logWeight[s] = logPosterior - logProposal;
      best = Math.max(best, logWeight[s]);
    }
    double[] cumulative = new double[proposals];
    double sum = 0;
    double sumSquares = 0;
    for (int s = 0; s < proposals; s++) {
      double w = Double.isFinite(logWeight[s]) ? Math.exp(logWeight[s] - best) : 0;
      sum += w;
      sumSquares += w * w;
      cumulative[s] = sum;
    }
    List<double[]> out = new ArrayList<>(draws);
    for (int d = 0; d < draws; d++) {
      double r = random.nextDouble() * sum;
      int index = java.util.Arrays.binarySearch(cumulative, r);
      out.add(x[index < 0 ? -index - 1 : index]);
    }
    return new PosteriorSample(out, sum * sum / sumSquares);
  }
}
