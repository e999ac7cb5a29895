package org.medtwin.fusion.impute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Multiple imputation by chained equations, one completed data set: start the chained variables at
 * their mean or mode, then in each round regress each on every other complete variable and redraw
 * its missing values from the model's prediction plus noise (Gaussian residual for linear,
 * Bernoulli for logistic). Parameter uncertainty is not drawn, so pooled variances would be too
 * small; the completed table is for analysis, not for Rubin's rules.
 */
final class Mice {

  private Mice() {}

  static void fill(
      AnalysisTable table, List<Integer> chained, int iterations, Random random, double[][] filled,
      List<ImputedCell> imputed) {
    for (int column : chained) {
      start(table, column, filled);
    }
    for (int round = 0; round < iterations; round++) {
      for (int column : chained) {
        redraw(table, column, predictors(table, column, chained, filled), random, filled);
      }
    }
    for (int column : chained) {
      String name = table.variables().get(column).name();
      for (int r = 0; r < table.rowCount(); r++) {
        if (table.missing(r, column)) {
          imputed.add(new ImputedCell(r, name, filled[r][column], "mice"));
        }
      }
    }
  }

  private static void start(AnalysisTable table, int column, double[][] filled) {
    Variable variable = table.variables().get(column);
    double[] observed = CentralValue.observed(table, column);
    if (observed.length < 3) {
      throw new IllegalArgumentException(
          "Chained equations need at least 3 observed values of '" + variable.name() + "', it has "
              + observed.length + ".");
    }
    if (variable.kind() == VariableKind.CATEGORICAL
        && Arrays.stream(observed).anyMatch(v -> v != 0 && v != 1)) {
      throw new IllegalArgumentException(
          "Chained equations impute categorical variables coded 0/1 only; '" + variable.name()
              + "' has other values. Maybe use mode or kNN for it?");
    }
    double start = variable.kind() == VariableKind.NUMERIC
        ? Arrays.stream(observed).average().orElseThrow()
        : CentralValue.mode(observed);
    for (int r = 0; r < table.rowCount(); r++) {
      if (table.missing(r, column)) {
        filled[r][column] = start;
      }
    }
  }

  /** The other columns that are complete now: chained ones always, others once their strategy filled them. */
  private static List<Integer> predictors(AnalysisTable table, int target, List<Integer> chained, double[][] filled) {
    List<Integer> predictors = new ArrayList<>();
    for (int c = 0; c < table.variables().size(); c++) {
      final int column = c;
      if (c != target && (chained.contains(c) || Arrays.stream(filled).noneMatch(row -> Double.isNaN(row[column])))) {
        predictors.add(c);
      }
    }
    return predictors;
  }

  private static void redraw(AnalysisTable table, int column, List<Integer> predictors, Random random, double[][] filled) {
    List<Integer> observedRows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      if (!table.missing(r, column)) {
        observedRows.add(r);
      }
    }
    if (observedRows.size() == table.rowCount()) {
      return;
    }
    double[][] x = new double[observedRows.size()][];
    double[] y = new double[observedRows.size()];
    for (int i = 0; i < observedRows.size(); i++) {
      x[i] = row(filled[observedRows.get(i)], predictors);
      y[i] = table.value(observedRows.get(i), column);
    }
    Variable variable = table.variables().get(column);
    try {
      if (variable.kind() == VariableKind.NUMERIC) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double sigma = Math.sqrt(ols.estimateErrorVariance());
        for (int r = 0; r < table.rowCount(); r++) {
          if (table.missing(r, column)) {
            filled[r][column] = linear(beta, row(filled[r], predictors)) + sigma * random.nextGaussian();
          }
        }
      } else {
        LogisticRegression logistic = LogisticRegression.fit(x, y);
        for (int r = 0; r < table.rowCount(); r++) {
          if (table.missing(r, column)) {
            filled[r][column] = random.nextDouble() < logistic.probability(row(filled[r], predictors)) ? 1 : 0;
          }
        }
      }
    } catch (org.apache.commons.math3.exception.MathIllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Chained equations cannot regress '" + variable.name() + "' on "
              + predictors.stream().map(c -> table.variables().get(c).name()).toList() + ": " + e.getMessage()
              + ". Maybe two predictors are copies of each other, or there are too few observed rows?");
    }
  }

  private static double[] row(double[] values, List<Integer> columns) {
    return columns.stream().mapToDouble(c -> values[c]).toArray();
  }

  private static double linear(double[] beta, double[] x) {
    double y = beta[0];
    for (int j = 0; j < x.length; j++) {
      y += beta[j + 1] * x[j];
    }
    return y;
  }
}
