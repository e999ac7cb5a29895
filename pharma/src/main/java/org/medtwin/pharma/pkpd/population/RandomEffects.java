package org.medtwin.pharma.pkpd.population;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Log-normal inter-individual variability: the etas of the named parameters are jointly normal
 * with mean 0 and a full covariance matrix (NONMEM's OMEGA BLOCK).
 */
public final class RandomEffects {

  private final List<String> parameters;
  private final double[][] covariance;
  private final double[][] lower;
  private final double[][] inverse;
  private final double logDeterminant;

  /**
   * Random effects on {@code parameters} with the given covariance (copied).
   *
   * @throws IllegalArgumentException when the matrix is not square, symmetric and positive
   *     definite
   */
  public RandomEffects(List<String> parameters, double[][] covariance) {
    int n = parameters.size();
    if (covariance.length != n) {
      throw new IllegalArgumentException(
          "Covariance has " + covariance.length + " rows for " + n + " etas " + parameters + ".");
    }
    this.parameters = List.copyOf(parameters);
    this.covariance = new double[n][];
    for (int i = 0; i < n; i++) {
      if (covariance[i].length != n) {
        throw new IllegalArgumentException(
            "Covariance row " + (i + 1) + " has " + covariance[i].length + " values; expected " + n
                + ".");
      }
      this.covariance[i] = covariance[i].clone();
      for (int j = 0; j < i; j++) {
        if (Math.abs(covariance[i][j] - covariance[j][i]) > 1e-12 * Math.abs(covariance[i][j]) + 1e-15) {
          throw new IllegalArgumentException(
              "Covariance is not symmetric at (" + (i + 1) + "," + (j + 1) + "): "
                  + covariance[i][j] + " vs " + covariance[j][i] + ".");
        }
      }
    }
    if (n == 0) {
      lower = new double[0][0];
      inverse = new double[0][0];
      logDeterminant = 0;
      return;
    }
    try {
      RealMatrix m = new Array2DRowRealMatrix(this.covariance);
      CholeskyDecomposition cholesky = new CholeskyDecomposition(m, 1e-12, 1e-14);
      lower = cholesky.getL().getData();
      inverse = cholesky.getSolver().getInverse().getData();
      logDeterminant = Math.log(cholesky.getDeterminant());
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new IllegalArgumentException(
          "Covariance of etas " + parameters + " is not positive definite. Maybe a correlation"
              + " exceeds 1 or a variance is 0?", e);
    }
  }

  /** No inter-individual variability. */
  public static RandomEffects none() {
    return new RandomEffects(List.of(), new double[0][0]);
  }

  /** Parameter names that carry an eta, in eta order. */
  public List<String> parameters() {
    return parameters;
  }

  /** Number of etas. */
  public int size() {
    return parameters.size();
  }

  /** Variance of eta {@code i}. */
  public double variance(int i) {
    return covariance[i][i];
  }

  /** Covariance between etas {@code i} and {@code j}. */
  public double covariance(int i, int j) {
    return covariance[i][j];
  }

  /** Inverse covariance entry (precision), for the Bayesian prior. */
  public double precision(int i, int j) {
    return inverse[i][j];
  }

  /** Natural log of the covariance determinant. */
  public double logDeterminant() {
    return logDeterminant;
  }

  /** Squared Mahalanobis norm eta' Omega^-1 eta. */
  public double quadraticForm(double[] eta) {
    double sum = 0;
    for (int i = 0; i < eta.length; i++) {
      for (int j = 0; j < eta.length; j++) {
        sum += eta[i] * inverse[i][j] * eta[j];
      }
    }
    return sum;
  }

  /** Draws one eta vector into {@code out} using {@code random}'s standard normals. */
  public void sample(Random random, double[] out) {
    int n = parameters.size();
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = random.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j <= i; j++) {
        sum += lower[i][j] * z[j];
      }
      out[i] = sum;
    }
  }
}
