package org.medtwin.learn.feature;

import java.util.List;

/**
 * A sparse person-by-feature matrix in compressed sparse row form with one label per person. An
 * absent entry of an indicator or count column is 0; of a continuous column it is missing.
 */
public record FeatureMatrix(List<String> persons, int[] labels, List<FeatureColumn> columns, long[] rowStart, int[] columnIndex, float[] values) {

  /** Guards the shape. */
  public FeatureMatrix {
    persons = List.copyOf(persons);
    columns = List.copyOf(columns);
    if (labels.length != persons.size() || rowStart.length != persons.size() + 1
        || columnIndex.length != values.length || rowStart[persons.size()] != values.length) {
      throw new IllegalArgumentException("Inconsistent sparse matrix: " + persons.size() + " persons, "
          + labels.length + " labels, " + rowStart.length + " row starts, " + values.length + " values.");
    }
  }

  public int rows() {
    return persons.size();
  }

  /** The dense row with NaN for missing continuous values and 0 for absent indicators. */
  public double[] denseRow(int row) {
    double[] dense = new double[columns.size()];
    for (int j = 0; j < dense.length; j++) {
      dense[j] = columns.get(j).continuous() ? Double.NaN : 0;
    }
    for (long k = rowStart[row]; k < rowStart[row + 1]; k++) {
      dense[columnIndex[(int) k]] = values[(int) k];
    }
    return dense;
  }

  /** The rows at the given positions, in that order. */
  public FeatureMatrix select(int[] rows) {
    List<String> p = new java.util.ArrayList<>();
    int[] l = new int[rows.length];
    long[] start = new long[rows.length + 1];
    int nnz = 0;
    for (int r : rows) {
      nnz += (int) (rowStart[r + 1] - rowStart[r]);
    }
    int[] ci = new int[nnz];
    float[] v = new float[nnz];
    int k = 0;
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      p.add(persons.get(r));
      l[i] = labels[r];
      for (long s = rowStart[r]; s < rowStart[r + 1]; s++) {
        ci[k] = columnIndex[(int) s];
        v[k++] = values[(int) s];
      }
      start[i + 1] = k;
    }
    return new FeatureMatrix(p, l, columns, start, ci, v);
  }

  /** The positions of the given persons, in matrix order. */
  public int[] rowsOf(java.util.Set<String> wanted) {
    return java.util.stream.IntStream.range(0, persons.size()).filter(i -> wanted.contains(persons.get(i))).toArray();
  }

  /** The position of a column by name, or -1. */
  public int columnOf(String name) {
    for (int j = 0; j < columns.size(); j++) {
      if (columns.get(j).name().equals(name)) {
        return j;
      }
    }
    return -1;
  }
}
