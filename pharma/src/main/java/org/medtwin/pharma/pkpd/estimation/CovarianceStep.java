package org.medtwin.pharma.pkpd.estimation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Standard errors at the optimum, as NONMEM's default covariance step forms them: the sandwich
 * {@code inv(R) S inv(R)}, R the Hessian of the OFV and S the sum over subjects of the outer
 * products of their OFV gradients (each divided down to the log likelihood's scale), both by
 * central finite differences on the log parameters. The log-scale covariance is carried to the
 * natural scale by the delta method (SE of p = p * SE of log p).
 */
final class CovarianceStep {

  private static final double STEP = 5e-3;

  private final FoceiObjective objective;

  CovarianceStep(FoceiObjective objective) {
    this.objective = objective;
  }

  /** The standard errors at the packed optimum {@code x}. */
  StandardErrors at(double[] x) {
    int n = x.length;
    double[] centre = objective.contributions(x);
    double f0 = sum(centre);
    double[][] hessian = new double[n][n];
    double[][] subjectGradients = new double[centre.length][n];
    double[] plus = new double[n];
    double[] minus = new double[n];
    for (int a = 0; a < n; a++) {
      double[] up = objective.contributions(shift(x, a, STEP, -1, 0));
      double[] down = objective.contributions(shift(x, a, -STEP, -1, 0));
      plus[a] = sum(up);
      minus[a] = sum(down);
      hessian[a][a] = (plus[a] - 2 * f0 + minus[a]) / (STEP * STEP);
      for (int i = 0; i < centre.length; i++) {
        subjectGradients[i][a] = (up[i] - down[i]) / (2 * STEP);
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        double pp = objective.value(shift(x, a, STEP, b, STEP));
        double pm = objective.value(shift(x, a, STEP, b, -STEP));
        double mp = objective.value(shift(x, a, -STEP, b, STEP));
        double mm = objective.value(shift(x, a, -STEP, b, -STEP));
        hessian[a][b] = (pp - pm - mp + mm) / (4 * STEP * STEP);
        hessian[b][a] = hessian[a][b];
      }
    }
    if (!allFinite(hessian)) {
      return StandardErrors.failed("the objective is not finite around the optimum.");
    }
    RealMatrix inverseR;
    try {
      // R = Hessian of the log likelihood = Hessian of the OFV / 2.
      RealMatrix r = new Array2DRowRealMatrix(hessian).scalarMultiply(0.5);
      inverseR = new CholeskyDecomposition(r, 1e-10, 1e-12).getSolver().getInverse();
    } catch (NonPositiveDefiniteMatrixException notMinimum) {
      return StandardErrors.failed("the Hessian of the OFV is not positive definite at the"
          + " estimates (a saddle point or an unidentifiable parameter).");
    }
    // S = sum_i grad(log L_i) grad(log L_i)', and grad(log L_i) = -grad(OFV_i) / 2.
    RealMatrix s = new Array2DRowRealMatrix(n, n);
    for (double[] gradient : subjectGradients) {
      RealMatrix g = new Array2DRowRealMatrix(gradient).scalarMultiply(0.5);
      s = s.add(g.multiply(g.transpose()));
    }
    RealMatrix covariance = inverseR.multiply(s).multiply(inverseR);
    return naturalScale(x, covariance);
  }

  private StandardErrors naturalScale(double[] x, RealMatrix covariance) {
    Map<String, Double> theta = new LinkedHashMap<>();
    Map<String, Double> omega = new LinkedHashMap<>();
    Map<String, Double> sigma = new LinkedHashMap<>();
    List<ParameterVector.Entry> entries = objective.vector().entries();
    for (int i = 0; i < x.length; i++) {
      double se = Math.exp(x[i]) * Math.sqrt(covariance.getEntry(i, i));
      ParameterVector.Entry entry = entries.get(i);
      switch (entry.kind()) {
        case THETA -> theta.put(entry.name(), se);
        case OMEGA -> omega.put(entry.name(), se);
        case SIGMA -> sigma.put(entry.name(), se);
        default -> throw new IllegalStateException("Unknown entry kind " + entry.kind());
      }
    }
    return new StandardErrors("sandwich", theta, omega, sigma, Optional.empty());
  }

  private static double[] shift(double[] x, int a, double da, int b, double db) {
    double[] shifted = x.clone();
    shifted[a] += da;
    if (b >= 0) {
      shifted[b] += db;
    }
    return shifted;
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double value : values) {
      total += value;
    }
    return total;
  }

  private static boolean allFinite(double[][] matrix) {
    for (double[] row : matrix) {
      for (double value : row) {
        if (!Double.isFinite(value)) {
          return false;
        }
      }
    }
    return true;
  }
}
