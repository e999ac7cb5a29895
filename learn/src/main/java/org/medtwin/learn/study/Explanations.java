package org.medtwin.learn.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.learn.feature.FeatureColumn;
import org.medtwin.learn.feature.FeatureMatrix;
import org.medtwin.learn.model.TrainedModel;

/**
 * Explanations in clinical words: per patient, the features that moved the log-odds most (TreeSHAP
 * for trees, coefficient times standardised value for logistic regression); globally, the mean
 * absolute contribution over the test persons.
 */
public final class Explanations {

  private Explanations() {}

  /** The {@code top} largest contributions for row {@code row}, with the patient's values. */
  public static List<Contribution> forRow(TrainedModel model, FeatureMatrix m, int row, int top) {
    FeatureMatrix one = m.select(new int[] {row});
    float[] c = model.contributions(one)[0];
    List<FeatureColumn> columns = model.modelColumns(m.columns());
    double[] values = one.denseRow(0);
    List<Contribution> out = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      if (c[j] == 0) {
        continue;
      }
      FeatureColumn column = columns.get(j);
      out.add(new Contribution(column.name(), column.labelWithUnit(), valueText(column, j < values.length ? values[j] : Double.NaN, j >= values.length), c[j]));
    }
    out.sort(Comparator.comparingDouble((Contribution x) -> -Math.abs(x.logOdds())));
    return out.subList(0, Math.min(top, out.size()));
  }

  private static String valueText(FeatureColumn column, double value, boolean indicator) {
    if (indicator) {
      return "see label";
    }
    if (Double.isNaN(value)) {
      return "not recorded";
    }
    if (!column.continuous() && column.unit() == null) {
      return value == 0 ? "no" : "yes";
    }
    String number = value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.4g", value);
    return column.unit() == null ? number : number + " " + column.unit();
  }

  /** Mean absolute contribution per model column over the rows, largest first, the top ones. */
  public static List<Map<String, Object>> global(TrainedModel model, FeatureMatrix m, int top) {
    float[][] c = model.contributions(m);
    List<FeatureColumn> columns = model.modelColumns(m.columns());
    double[] mean = new double[columns.size()];
    for (float[] row : c) {
      for (int j = 0; j < columns.size(); j++) {
        mean[j] += Math.abs(row[j]) / c.length;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < mean.length; j++) {
      if (mean[j] > 0) {
        order.add(j);
      }
    }
    order.sort(Comparator.comparingDouble(j -> -mean[j]));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int j : order.subList(0, Math.min(top, order.size()))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("feature", columns.get(j).name());
      row.put("label", columns.get(j).labelWithUnit());
      row.put("meanAbsLogOdds", mean[j]);
      out.add(row);
    }
    return out;
  }
}
