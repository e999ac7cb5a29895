package org.medtwin.learn.evaluate;

import java.util.Arrays;
import java.util.Comparator;

/** Area under the ROC curve and under the precision-recall curve of risks against 0/1 outcomes. */
public final class Discrimination {

  private Discrimination() {}

  /**
   * AUROC as the Mann-Whitney probability that a random event has a higher risk than a random
   * non-event, ties counting one half.
   *
   * @throws IllegalArgumentException when the outcomes hold no events or no non-events
   */
  public static double auroc(double[] risk, int[] outcome) {
    Outcomes.check(risk, outcome);
    int n = risk.length;
    Integer[] order = byRisk(risk);
    double rankSumEvents = 0;
    long events = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && risk[order[j + 1]] == risk[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (outcome[order[k]] == 1) {
          rankSumEvents += midRank;
          events++;
        }
      }
      i = j + 1;
    }
    long nonEvents = n - events;
    Outcomes.requireBoth(events, nonEvents);
    return (rankSumEvents - events * (events + 1) / 2.0) / ((double) events * nonEvents);
  }

  /**
   * Area under the precision-recall curve as average precision: the mean over events of the
   * precision at each distinct risk threshold, weighted by the recall gained there (as
   * scikit-learn's {@code average_precision_score}).
   *
   * @throws IllegalArgumentException when the outcomes hold no events
   */
  public static double auprc(double[] risk, int[] outcome) {
    Outcomes.check(risk, outcome);
    int n = risk.length;
    Integer[] order = byRisk(risk);
    long events = Arrays.stream(outcome).filter(o -> o == 1).count();
    Outcomes.requireBoth(events, n - events);
    double ap = 0;
    long truePositives = 0;
    int i = n - 1;
    while (i >= 0) {
      int j = i;
      while (j - 1 >= 0 && risk[order[j - 1]] == risk[order[i]]) {
        j--;
      }
      long gained = 0;
      for (int k = j; k <= i; k++) {
        gained += outcome[order[k]];
      }
      truePositives += gained;
      long flagged = n - j;
      ap += ((double) gained / events) * ((double) truePositives / flagged);
      i = j - 1;
    }
    return ap;
  }

  /** The points (false positive rate, true positive rate) of the ROC curve, one per threshold. */
  public static double[][] rocCurve(double[] risk, int[] outcome) {
    return curve(risk, outcome, true);
  }

  /** The points (recall, precision) of the precision-recall curve, one per threshold. */
  public static double[][] precisionRecallCurve(double[] risk, int[] outcome) {
    return curve(risk, outcome, false);
  }

  private static double[][] curve(double[] risk, int[] outcome, boolean roc) {
    Outcomes.check(risk, outcome);
    int n = risk.length;
    Integer[] order = byRisk(risk);
    long events = Arrays.stream(outcome).filter(o -> o == 1).count();
    long nonEvents = n - events;
    Outcomes.requireBoth(events, nonEvents);
    java.util.List<double[]> points = new java.util.ArrayList<>();
    points.add(roc ? new double[] {0, 0} : new double[] {0, 1});
    long tp = 0;
    long fp = 0;
    int i = n - 1;
    while (i >= 0) {
      int j = i;
      while (j - 1 >= 0 && risk[order[j - 1]] == risk[order[i]]) {
        j--;
      }
      for (int k = j; k <= i; k++) {
        if (outcome[order[k]] == 1) {
          tp++;
        } else {
          fp++;
        }
      }
      points.add(roc
          ? new double[] {(double) fp / nonEvents, (double) tp / events}
          : new double[] {(double) tp / events, (double) tp / (tp + fp)});
      i = j - 1;
    }
    return points.toArray(new double[0][]);
  }

  private static Integer[] byRisk(double[] risk) {
    Integer[] order = new Integer[risk.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(k -> risk[k]));
    return order;
  }
}
