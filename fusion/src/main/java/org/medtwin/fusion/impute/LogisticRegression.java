package org.medtwin.fusion.impute;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Binary logistic regression fitted by iteratively reweighted least squares, with a tiny ridge so
 * that perfectly separated data still gives finite coefficients. Commons Math has linear
 * regression but no logistic one; it supplies the linear algebra here.
 */
final class LogisticRegression {

  private static final double RIDGE = 1e-4;
  private static final int MAX_ITERATIONS = 100;

  private final double[] coefficients;

  private LogisticRegression(double[] coefficients) {
    this.coefficients = coefficients;
  }

  /** Fits {@code P(y = 1 | x)} with an intercept; {@code y} holds 0s and 1s. */
  static LogisticRegression fit(double[][] x, double[] y) {
    int p = x[0].length + 1;
    RealMatrix design = new Array2DRowRealMatrix(x.length, p);
    for (int i = 0; i < x.length; i++) {
      design.setEntry(i, 0, 1);
      for (int j = 1; j < p; j++) {
        design.setEntry(i, j, x[i][j - 1]);
      }
    }
    RealVector beta = new ArrayRealVector(p);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      RealVector gradient = new ArrayRealVector(p);
      RealMatrix hessian = new Array2DRowRealMatrix(p, p);
      for (int i = 0; i < x.length; i++) {
        RealVector row = design.getRowVector(i);
        double mu = sigmoid(row.dotProduct(beta));
        gradient = gradient.add(row.mapMultiply(y[i] - mu));
        hessian = hessian.add(row.outerProduct(row).scalarMultiply(mu * (1 - mu)));
      }
      for (int j = 0; j < p; j++) {
        hessian.addToEntry(j, j, RIDGE);
        gradient.addToEntry(j, -RIDGE * beta.getEntry(j));
      }
      RealVector step = new LUDecomposition(hessian).getSolver().solve(gradient);
      beta = beta.add(step);
      if (step.getLInfNorm() < 1e-9) {
        break;
      }
    }
    return new LogisticRegression(beta.toArray());
  }

  /** The probability that y is 1 at {@code x}. */
  double probability(double[] x) {
    double eta = coefficients[0];
    for (int j = 0; j < x.length; j++) {
      eta += coefficients[j + 1] * x[j];
    }
    return sigmoid(eta);
  }

  /** Intercept first, then one coefficient per predictor. */
  double[] coefficients() {
    return coefficients.clone();
  }

  private static double sigmoid(double eta) {
    return 1 / (1 + Math.exp(-eta));
  }
}
