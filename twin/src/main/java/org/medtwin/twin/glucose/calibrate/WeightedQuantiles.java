package org.medtwin.twin.glucose.calibrate;

import java.util.Arrays;
import java.util.Comparator;

/** Quantiles of weighted samples: the smallest value whose cumulative weight reaches q. */
final class WeightedQuantiles {

  private WeightedQuantiles() {}

  /** Quantiles {@code qs} of {@code values} with {@code weights} (normalised or not). */
  static double[] of(double[] values, double[] weights, double... qs) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] out = new double[qs.length];
    for (int q = 0; q < qs.length; q++) {
      double target = qs[q] * total;
      double cumulative = 0;
      out[q] = values[order[order.length - 1]];
      for (Integer i : order) {
        cumulative += weights[i];
        if (cumulative >= target) {
          out[q] = values[i];
          break;
        }
      }
    }
    return out;
  }

  static double mean(double[] values, double[] weights) {
    double sum = 0, total = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * weights[i];
      total += weights[i];
    }
    return sum / total;
  }
}
