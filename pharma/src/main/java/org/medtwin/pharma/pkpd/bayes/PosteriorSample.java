package org.medtwin.pharma.pkpd.bayes;

import java.util.List;

/**
 * Draws from one patient's posterior of random effects (etas, then kappas), equally weighted.
 *
 * @param draws the random-effect vectors
 * @param effectiveSampleSize Kish's effective sample size of the importance weights before
 *     resampling (equal to the proposal count when the Laplace approximation is exact)
 */
public record PosteriorSample(List<double[]> draws, double effectiveSampleSize) {

  /** Copies the list. */
  public PosteriorSample {
    draws = List.copyOf(draws);
  }

  /** Posterior mean of random effect {@code i}. */
  public double mean(int i) {
    return draws.stream().mapToDouble(d -> d[i]).average().orElse(Double.NaN);
  }

  /** Posterior standard deviation of random effect {@code i}. */
  public double sd(int i) {
    double m = mean(i);
    double ss = draws.stream().mapToDouble(d -> (d[i] - m) * (d[i] - m)).sum();
    return Math.sqrt(ss / (draws.size() - 1));
  }
}
