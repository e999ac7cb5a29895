package org.medtwin.learn.evaluate;

/**
 * Brier score and logistic recalibration: the calibration intercept (calibration-in-the-large,
 * {@code logit P(y) = a + logit(risk)}) and slope ({@code logit P(y) = a + b logit(risk)}), fitted
 * by Newton-Raphson maximum likelihood, as in Van Calster et al., J Clin Epidemiol 2016;74:167.
 */
public final class Calibration {

  /** Risks are held this far inside (0, 1) so their logit is finite. */
  static final double EPSILON = 1e-12;

  private Calibration() {}

  /** Mean squared difference between risk and outcome. */
  public static double brier(double[] risk, int[] outcome) {
    Outcomes.check(risk, outcome);
    double sum = 0;
    for (int i = 0; i < risk.length; i++) {
      double d = risk[i] - outcome[i];
      sum += d * d;
    }
    return sum / risk.length;
  }

  /** The calibration intercept with the slope fixed at 1 (0 when mean risk matches the event rate). */
  public static double intercept(double[] risk, int[] outcome) {
    Outcomes.check(risk, outcome);
    double[] lp = logits(risk);
    double a = 0;
    for (int iteration = 0; iteration < 100; iteration++) {
      double gradient = 0;
      double hessian = 0;
      for (int i = 0; i < lp.length; i++) {
        double p = sigmoid(a + lp[i]);
        gradient += outcome[i] - p;
        hessian += p * (1 - p);
      }
      double step = gradient / hessian;
      a += step;
      if (Math.abs(step) < 1e-12) {
        break;
      }
    }
    return a;
  }

  /** The calibration slope (1 when the risks spread as the outcomes do; below 1 when too extreme). */
  public static double slope(double[] risk, int[] outcome) {
    Outcomes.check(risk, outcome);
    double[] lp = logits(risk);
    double a = 0;
    double b = 1;
    for (int iteration = 0; iteration < 100; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 0;
      double hab = 0;
      double hbb = 0;
      for (int i = 0; i < lp.length; i++) {
        double p = sigmoid(a + b * lp[i]);
        double w = p * (1 - p);
        double r = outcome[i] - p;
        ga += r;
        gb += r * lp[i];
        haa += w;
        hab += w * lp[i];
        hbb += w * lp[i] * lp[i];
      }
      double det = haa * hbb - hab * hab;
      if (!(Math.abs(det) > 1e-300)) {
        return Double.NaN;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a += da;
      b += db;
      if (Math.abs(da) + Math.abs(db) < 1e-12) {
        break;
      }
    }
    return b;
  }

  /**
   * Observed against predicted risk in groups of equal size by predicted risk: rows of (mean
   * predicted risk, observed event rate, persons).
   */
  public static double[][] curve(double[] risk, int[] outcome, int groups) {
    Outcomes.check(risk, outcome);
    Integer[] order = new Integer[risk.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(k -> risk[k]));
    int g = Math.max(1, Math.min(groups, risk.length));
    double[][] rows = new double[g][];
    for (int q = 0; q < g; q++) {
      int from = (int) ((long) q * risk.length / g);
      int to = (int) ((long) (q + 1) * risk.length / g);
      double predicted = 0;
      double observed = 0;
      for (int k = from; k < to; k++) {
        predicted += risk[order[k]];
        observed += outcome[order[k]];
      }
      int count = to - from;
      rows[q] = new double[] {predicted / count, observed / count, count};
    }
    return rows;
  }

  static double[] logits(double[] risk) {
    double[] lp = new double[risk.length];
    for (int i = 0; i < risk.length; i++) {
      double p = Math.min(1 - EPSILON, Math.max(EPSILON, risk[i]));
      lp[i] = Math.log(p / (1 - p));
    }
    return lp;
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
