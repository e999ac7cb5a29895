package org.medtwin.fusion.impute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills the missing values of an analysis table, each variable by its own strategy, and flags every
 * filled value with its method. The input table is never changed, and nothing is written back to
 * any source record.
 */
public final class Imputer {

  private final Map<String, ImputationStrategy> strategies;
  private final long seed;

  /**
   * An imputer with a strategy per variable name; variables without one are left as they are.
   *
   * @param seed seeds the random draws of chained equations, so a run can be repeated
   */
  public Imputer(Map<String, ImputationStrategy> strategies, long seed) {
    this.strategies = new LinkedHashMap<>(strategies);
    this.seed = seed;
  }

  /**
   * Imputes the table. The single-variable strategies read only observed values, so their order
   * does not matter; chained equations run last and use every variable they filled.
   *
   * @throws IllegalArgumentException when a strategy names a variable the table lacks, or a
   *     strategy cannot apply to its variable
   */
  public ImputationResult impute(AnalysisTable table) {
    double[][] filled = table.copyOfValues();
    List<ImputedCell> imputed = new ArrayList<>();
    List<Integer> chained = new ArrayList<>();
    int iterations = 0;
    for (Map.Entry<String, ImputationStrategy> entry : strategies.entrySet()) {
      int column = table.column(entry.getKey());
      ImputationStrategy strategy = entry.getValue();
      if (strategy instanceof ImputationStrategy.CarryForward locf) {
        LastObservationCarriedForward.fill(table, column, locf.maxAge(), filled, imputed);
      } else if (strategy instanceof ImputationStrategy.Median) {
        requireNumeric(table, column, "median");
        CentralValue.fill(table, column, "median", CentralValue.median(table, column), filled, imputed);
      } else if (strategy instanceof ImputationStrategy.Mode) {
        CentralValue.fill(table, column, "mode", CentralValue.mode(CentralValue.observed(table, column)), filled, imputed);
      } else if (strategy instanceof ImputationStrategy.NearestNeighbours knn) {
        KNearestNeighbours.fill(table, column, knn.k(), filled, imputed);
      } else if (strategy instanceof ImputationStrategy.ChainedEquations mice) {
        chained.add(column);
        iterations = Math.max(iterations, mice.iterations());
      }
    }
    if (!chained.isEmpty()) {
      chained.sort(Comparator.naturalOrder());
      Mice.fill(table, chained, iterations, new Random(seed), filled, imputed);
    }
    imputed.sort(Comparator.comparingInt(ImputedCell::row).thenComparing(c -> table.column(c.variable())));
    return new ImputationResult(new AnalysisTable(table.variables(), table.rows(), filled), imputed);
  }

  private static void requireNumeric(AnalysisTable table, int column, String method) {
    Variable variable = table.variables().get(column);
    if (variable.kind() != VariableKind.NUMERIC) {
      throw new IllegalArgumentException(
          "The " + method + " of categorical variable '" + variable.name() + "' has no meaning. Maybe use mode?");
    }
  }
}
