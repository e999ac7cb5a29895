package org.medtwin.pharma.pkpd.estimation;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The inner problem of FOCE-I: for one subject and given population parameters, the eta that
 * maximises the conditional density p(y | eta) p(eta), found by Fisher scoring (Newton's method
 * with the expected information in place of the Hessian) with a backtracking line search.
 *
 * <p>The expected information of the data about eta, {@code A = sum_j (g_j g_j' / V_j + g_j g_j'
 * (dV_j/df)^2 / (2 V_j^2))} with g_j = df_j/deta, is also the term FOCE-I puts in the Laplace
 * log-determinant (Almquist, Leander and Jirstrand 2015, J Pharmacokinet Pharmacodyn 42:191-209,
 * eq. 19-21); computing both here keeps the two consistent.
 */
final class ConditionalModeSearch {

  private static final double JACOBIAN_STEP = 1e-5;
  private static final int MAX_ITERATIONS = 200;
  private static final double STEP_TOLERANCE = 1e-9;

  ConditionalModeSearch() {}

  /** The conditional mode of one subject, starting the search at {@code start}. */
  ConditionalMode find(FitSubject subject, PopulationParameters parameters, double[] start) {
    double[] eta = start.clone();
    double objective = conditionalObjective(subject, parameters, eta);
    if (!Double.isFinite(objective)) {
      eta = new double[eta.length];
      objective = conditionalObjective(subject, parameters, eta);
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS && eta.length > 0; iteration++) {
      Linearization at = linearize(subject, parameters, eta);
      double[] gradient = at.gradient(subject, parameters, eta);
      double[] step = solve(at.scoringMatrix(parameters), gradient);
      double slope = 0;
      for (int m = 0; m < step.length; m++) {
        step[m] = -step[m];
        slope += gradient[m] * step[m];
      }
      double size = 1;
      double[] trial = add(eta, step, size);
      double trialObjective = conditionalObjective(subject, parameters, trial);
      while (!(trialObjective <= objective + 1e-4 * size * slope) && size > 1e-10) {
        size /= 2;
        trial = add(eta, step, size);
        trialObjective = conditionalObjective(subject, parameters, trial);
      }
      if (!(trialObjective <= objective)) {
        break;
      }
      eta = trial;
      objective = trialObjective;
      if (maxAbs(step) * size < STEP_TOLERANCE) {
        break;
      }
    }
    return modeAt(subject, parameters, eta);
  }

  /** Everything the objective and the diagnostics need at a given eta. */
  ConditionalMode modeAt(FitSubject subject, PopulationParameters parameters, double[] eta) {
    Linearization at = linearize(subject, parameters, eta);
    double dataTerm = dataTerm(subject, parameters, at.prediction);
    double priorTerm = priorTerm(parameters.omega(), eta);
    double logDet = eta.length == 0 ? 0 : logDetTerm(at.information(parameters), parameters);
    return new ConditionalMode(eta.clone(), at.prediction, at.jacobian, at.variance(parameters),
        dataTerm, priorTerm, logDet);
  }

  /** -2 log of p(y | eta) p(eta) without constants: the function the mode minimises. */
  double conditionalObjective(FitSubject subject, PopulationParameters parameters, double[] eta) {
    double[] prediction = predict(subject, parameters, eta);
    return dataTerm(subject, parameters, prediction) + priorTerm(parameters.omega(), eta);
  }

  private Linearization linearize(FitSubject subject, PopulationParameters parameters,
      double[] eta) {
    double[] prediction = predict(subject, parameters, eta);
    double[][] jacobian = new double[prediction.length][eta.length];
    for (int m = 0; m < eta.length; m++) {
      double[] up = eta.clone();
      double[] down = eta.clone();
      up[m] += JACOBIAN_STEP;
      down[m] -= JACOBIAN_STEP;
      double[] fUp = predict(subject, parameters, up);
      double[] fDown = predict(subject, parameters, down);
      for (int j = 0; j < prediction.length; j++) {
        jacobian[j][m] = (fUp[j] - fDown[j]) / (2 * JACOBIAN_STEP);
      }
    }
    return new Linearization(prediction, jacobian);
  }

  /** Predictions, or NaN everywhere where the model rejects the parameters. */
  private static double[] predict(FitSubject subject, PopulationParameters parameters,
      double[] eta) {
    try {
      return subject.predict(parameters.theta(), eta);
    } catch (IllegalArgumentException unusable) {
      double[] nan = new double[subject.size()];
      java.util.Arrays.fill(nan, Double.NaN);
      return nan;
    }
  }

  static double dataTerm(FitSubject subject, PopulationParameters parameters,
      double[] prediction) {
    double sum = 0;
    double[] observed = subject.observed();
    for (int j = 0; j < observed.length; j++) {
      double variance = parameters.residualVariance(prediction[j]);
      double residual = observed[j] - prediction[j];
      sum += Math.log(variance) + residual * residual / variance;
    }
    return Double.isNaN(sum) ? Double.POSITIVE_INFINITY : sum;
  }

  private static double priorTerm(double[] omega, double[] eta) {
    double sum = 0;
    for (int m = 0; m < eta.length; m++) {
      sum += eta[m] * eta[m] / omega[m];
    }
    return sum;
  }

  /** log det(I + D A D) with D = sqrt(omega): equals log det(omega) + log det(inv(omega) + A). */
  private static double logDetTerm(double[][] information, PopulationParameters parameters) {
    double[] omega = parameters.omega();
    int k = omega.length;
    double[][] scaled = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        scaled[a][b] = Math.sqrt(omega[a] * omega[b]) * information[a][b] + (a == b ? 1 : 0);
      }
    }
    return Math.log(new CholeskyDecomposition(new Array2DRowRealMatrix(scaled, false))
        .getDeterminant());
  }

  private static double[] solve(double[][] matrix, double[] vector) {
    RealMatrix m = new Array2DRowRealMatrix(matrix, false);
    return new CholeskyDecomposition(m).getSolver()
        .solve(new ArrayRealVector(vector, false)).toArray();
  }

  private static double[] add(double[] x, double[] step, double size) {
    double[] result = new double[x.length];
    for (int m = 0; m < x.length; m++) {
      result[m] = x[m] + size * step[m];
    }
    return result;
  }

  private static double maxAbs(double[] values) {
    double max = 0;
    for (double value : values) {
      max = Math.max(max, Math.abs(value));
    }
    return max;
  }

  /** Predictions and their eta-Jacobian at one eta. */
  private record Linearization(double[] prediction, double[][] jacobian) {

    double[] variance(PopulationParameters parameters) {
      double[] variance = new double[prediction.length];
      for (int j = 0; j < prediction.length; j++) {
        variance[j] = parameters.residualVariance(prediction[j]);
      }
      return variance;
    }

    /** The expected information A of the observations about eta. */
    double[][] information(PopulationParameters parameters) {
      int k = jacobian.length == 0 ? 0 : jacobian[0].length;
      double[][] info = new double[k][k];
      for (int j = 0; j < prediction.length; j++) {
        double variance = parameters.residualVariance(prediction[j]);
        double slope = parameters.residualVarianceSlope(prediction[j]);
        double weight = 1 / variance + slope * slope / (2 * variance * variance);
        for (int a = 0; a < k; a++) {
          for (int b = a; b < k; b++) {
            info[a][b] += weight * jacobian[j][a] * jacobian[j][b];
          }
        }
      }
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < a; b++) {
          info[a][b] = info[b][a];
        }
      }
      return info;
    }

    /** Half the expected Hessian of the conditional objective: A + inv(omega). */
    double[][] scoringMatrix(PopulationParameters parameters) {
      double[][] matrix = information(parameters);
      for (int m = 0; m < matrix.length; m++) {
        matrix[m][m] += 1 / parameters.omega()[m];
      }
      return matrix;
    }

    /** Half the gradient of the conditional objective with respect to eta. */
    double[] gradient(FitSubject subject, PopulationParameters parameters, double[] eta) {
      int k = eta.length;
      double[] gradient = new double[k];
      double[] observed = subject.observed();
      for (int j = 0; j < prediction.length; j++) {
        double variance = parameters.residualVariance(prediction[j]);
        double slope = parameters.residualVarianceSlope(prediction[j]);
        double residual = observed[j] - prediction[j];
        double perF = -residual / variance
            + 0.5 * slope * (1 / variance - residual * residual / (variance * variance));
        for (int m = 0; m < k; m++) {
          gradient[m] += perF * jacobian[j][m];
        }
      }
      for (int m = 0; m < k; m++) {
        gradient[m] += eta[m] / parameters.omega()[m];
      }
      return gradient;
    }
  }
}
