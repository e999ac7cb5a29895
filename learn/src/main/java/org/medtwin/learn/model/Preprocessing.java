package org.medtwin.learn.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medtwin.learn.feature.FeatureColumn;
import org.medtwin.learn.feature.FeatureMatrix;

/**
 * The input transformation of the linear models, fitted on the training rows only. Flagged
 * imputation: a continuous column's missing values get its training median and a separate
 * indicator column says they were missing (so the model can learn that a test was not done).
 * Then every column is scaled by its training standard deviation; continuous columns are also
 * centred (indicators and counts are not, which keeps them sparse). The trees use no
 * transformation ({@link #identity}): XGBoost learns where missing values go.
 */
public record Preprocessing(boolean active, double[] median, double[] center, double[] scale, int[] flagged) {

  /** No transformation. */
  public static Preprocessing identity() {
    return new Preprocessing(false, new double[0], new double[0], new double[0], new int[0]);
  }

  /** Fits the imputation and scaling on the given (training) matrix. */
  public static Preprocessing fit(FeatureMatrix train) {
    int p = train.columns().size();
    double[][] columns = new double[p][];
    for (int j = 0; j < p; j++) {
      columns[j] = new double[train.rows()];
    }
    for (int i = 0; i < train.rows(); i++) {
      double[] row = train.denseRow(i);
      for (int j = 0; j < p; j++) {
        columns[j][i] = row[j];
      }
    }
    double[] median = new double[p];
    double[] center = new double[p];
    double[] scale = new double[p];
    List<Integer> flagged = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double[] present = Arrays.stream(columns[j]).filter(v -> !Double.isNaN(v)).sorted().toArray();
      median[j] = present.length == 0 ? 0 : present.length % 2 == 1 ? present[present.length / 2]
          : (present[present.length / 2 - 1] + present[present.length / 2]) / 2;
      if (present.length < train.rows()) {
        flagged.add(j);
      }
      boolean continuous = train.columns().get(j).continuous();
      double mean = 0;
      for (double v : columns[j]) {
        mean += Double.isNaN(v) ? median[j] : v;
      }
      mean /= Math.max(1, train.rows());
      double ss = 0;
      for (double v : columns[j]) {
        double d = (Double.isNaN(v) ? median[j] : v) - mean;
        ss += d * d;
      }
      double sd = Math.sqrt(ss / Math.max(1, train.rows() - 1));
      center[j] = continuous ? mean : 0;
      scale[j] = sd > 0 ? sd : 1;
    }
    return new Preprocessing(true, median, center, scale, flagged.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The columns the model sees: the originals, then one "is missing" indicator per flagged column. */
  public List<FeatureColumn> modelColumns(List<FeatureColumn> original) {
    if (!active) {
      return original;
    }
    List<FeatureColumn> out = new ArrayList<>(original);
    for (int j : flagged) {
      FeatureColumn c = original.get(j);
      out.add(new FeatureColumn(c.name() + "_missing", c.label() + ": no value recorded", null, false));
    }
    return out;
  }

  /** The transformed matrix (dense in continuous columns, sparse elsewhere). */
  public FeatureMatrix apply(FeatureMatrix m) {
    if (!active) {
      return m;
    }
    int p = m.columns().size();
    long[] start = new long[m.rows() + 1];
    List<Integer> ci = new ArrayList<>();
    List<Float> vs = new ArrayList<>();
    for (int i = 0; i < m.rows(); i++) {
      double[] row = m.denseRow(i);
      for (int j = 0; j < p; j++) {
        double v = Double.isNaN(row[j]) ? median[j] : row[j];
        double t = (v - center[j]) / scale[j];
        if (m.columns().get(j).continuous() || t != 0) {
          ci.add(j);
          vs.add((float) t);
        }
      }
      for (int f = 0; f < flagged.length; f++) {
        if (Double.isNaN(row[flagged[f]])) {
          ci.add(p + f);
          vs.add(1f);
        }
      }
      start[i + 1] = vs.size();
    }
    float[] v = new float[vs.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = vs.get(k);
    }
    return new FeatureMatrix(m.persons(), m.labels(), modelColumns(m.columns()), start,
        ci.stream().mapToInt(Integer::intValue).toArray(), v);
  }
}
