package org.medtwin.fusion.impute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills a missing value from the k rows nearest to its row. Distance is Euclidean over the other
 * variables both rows observe, on the raw values: scale variables to comparable units first.
 */
final class KNearestNeighbours {

  private KNearestNeighbours() {}

  static void fill(AnalysisTable table, int column, int k, double[][] filled, List<ImputedCell> imputed) {
    Variable variable = table.variables().get(column);
    for (int r = 0; r < table.rowCount(); r++) {
      if (!table.missing(r, column)) {
        continue;
      }
      List<double[]> donors = new ArrayList<>(); // {distance, row}
      for (int d = 0; d < table.rowCount(); d++) {
        if (d != r && !table.missing(d, column)) {
          double distance = distance(table, r, d, column);
          if (!Double.isNaN(distance)) {
            donors.add(new double[] {distance, d});
          }
        }
      }
      if (donors.isEmpty()) {
        continue;
      }
      // Equal distances go to the earlier row, so the result never depends on sort stability.
      donors.sort(Comparator.<double[]>comparingDouble(x -> x[0]).thenComparingDouble(x -> x[1]));
      double[] values = donors.stream().limit(k).mapToDouble(x -> table.value((int) x[1], column)).toArray();
      double value = variable.kind() == VariableKind.NUMERIC
          ? java.util.Arrays.stream(values).average().orElseThrow()
          : CentralValue.mode(values);
      filled[r][column] = value;
      imputed.add(new ImputedCell(r, variable.name(), value, "knn"));
    }
  }

  /** The distance over the variables both rows observe, {@code NaN} when they share none. */
  private static double distance(AnalysisTable table, int a, int b, int skip) {
    double sum = 0;
    int shared = 0;
    for (int c = 0; c < table.variables().size(); c++) {
      if (c != skip && !table.missing(a, c) && !table.missing(b, c)) {
        double diff = table.value(a, c) - table.value(b, c);
        sum += diff * diff;
        shared++;
      }
    }
    return shared == 0 ? Double.NaN : Math.sqrt(sum);
  }
}
