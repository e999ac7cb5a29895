package org.medtwin.pharma.pkpd.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subject's covariate values over time, read with one rule: <b>last observation carried
 * forward</b> — a value recorded at time t holds from t until the next record that gives the
 * covariate; before the subject's first record the first value holds. This is how NONMEM's
 * PREDPP reads a covariate at a dose or observation record, and it makes parameters piecewise
 * constant between records.
 */
public final class CovariateHistory {

  private final Map<String, double[][]> series;

  private CovariateHistory(Map<String, double[][]> series) {
    this.series = series;
  }

  /** Covariates that do not change with time. */
  public static CovariateHistory constant(Map<String, Double> values) {
    Map<String, double[][]> map = new LinkedHashMap<>();
    values.forEach((name, value) -> map.put(name, new double[][] {{0}, {value}}));
    return new CovariateHistory(map);
  }

  /** Builds the history from records in time order (ties keep file order). */
  public static CovariateHistory fromRecords(List<DataRecord> records) {
    Map<String, List<double[]>> points = new LinkedHashMap<>();
    List<DataRecord> sorted = new ArrayList<>(records);
    sorted.sort((a, b) -> Double.compare(a.time(), b.time()));
    for (DataRecord record : sorted) {
      record.covariates().forEach((name, value) -> {
        if (!Double.isNaN(value)) {
          points.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {record.time(), value});
        }
      });
    }
    Map<String, double[][]> map = new LinkedHashMap<>();
    points.forEach((name, list) -> {
      double[] times = new double[list.size()];
      double[] values = new double[list.size()];
      for (int i = 0; i < list.size(); i++) {
        times[i] = list.get(i)[0];
        values[i] = list.get(i)[1];
      }
      map.put(name, new double[][] {times, values});
    });
    return new CovariateHistory(map);
  }

  /** Names of the covariates present. */
  public Set<String> names() {
    return series.keySet();
  }

  /** True when the subject has at least one value of {@code name}. */
  public boolean has(String name) {
    return series.containsKey(name);
  }

  /**
   * The value of {@code name} at {@code time} by last observation carried forward.
   *
   * @throws IllegalArgumentException when the subject has no value for it
   */
  public double valueAt(String name, double time) {
    double[][] s = series.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "No covariate " + name + " for this subject; present: " + series.keySet()
              + ". Maybe the column has another name?");
    }
    int i = Arrays.binarySearch(s[0], time);
    if (i < 0) {
      i = -i - 2; // last record before time
    } else {
      while (i + 1 < s[0].length && s[0][i + 1] == time) {
        i++; // the last of several records at the same time wins
      }
    }
    return s[1][Math.max(i, 0)];
  }

  /** Times at which any covariate changes value, in order (the first record excluded). */
  public double[] changeTimes() {
    java.util.TreeSet<Double> times = new java.util.TreeSet<>();
    for (double[][] s : series.values()) {
      for (int i = 1; i < s[0].length; i++) {
        if (s[1][i] != s[1][i - 1]) {
          times.add(s[0][i]);
        }
      }
    }
    return times.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The values of all covariates at {@code time}. */
  public Map<String, Double> valuesAt(double time) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String name : series.keySet()) {
      values.put(name, valueAt(name, time));
    }
    return values;
  }
}
