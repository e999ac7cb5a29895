package org.medtwin.fusion.impute;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Fills missing values with the column's median or mode over its observed values. */
final class CentralValue {

  private CentralValue() {}

  static void fill(AnalysisTable table, int column, String method, double central, double[][] filled, List<ImputedCell> imputed) {
    if (Double.isNaN(central)) {
      return;
    }
    String name = table.variables().get(column).name();
    for (int r = 0; r < table.rowCount(); r++) {
      if (table.missing(r, column)) {
        filled[r][column] = central;
        imputed.add(new ImputedCell(r, name, central, method));
      }
    }
  }

  /** The median of the observed values, {@code NaN} when none is observed. */
  static double median(AnalysisTable table, int column) {
    double[] observed = observed(table, column);
    if (observed.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(observed);
    int middle = observed.length / 2;
    return observed.length % 2 == 1 ? observed[middle] : (observed[middle - 1] + observed[middle]) / 2;
  }

  /** The most frequent observed value, the smallest on a tie; {@code NaN} when none is observed. */
  static double mode(double[] values) {
    Map<Double, Integer> counts = new TreeMap<>();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    double best = Double.NaN;
    int bestCount = 0;
    for (Map.Entry<Double, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }

  static double[] observed(AnalysisTable table, int column) {
    double[] values = new double[table.rowCount()];
    int n = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (!table.missing(r, column)) {
        values[n++] = table.value(r, column);
      }
    }
    return Arrays.copyOf(values, n);
  }
}
