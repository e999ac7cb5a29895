package org.medtwin.pharma.pkpd.simulation;

import java.util.TreeSet;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.OralDose;

/**
 * Exposure metrics from any concentration function: the window is cut at every dose, infusion end
 * and absorption start, each piece integrated by Simpson's rule on a fine grid (at most
 * {@code step} apart), the peak refined by golden-section search and threshold crossings by
 * bisection. Pieces end just before a dose so a bolus counts in the next piece only.
 */
public final class ExposureCalculator {

  private final double step;

  /**
   * A calculator with grid spacing at most {@code step} time units.
   *
   * @throws IllegalArgumentException when step is not > 0
   */
  public ExposureCalculator(double step) {
    if (!(step > 0)) {
      throw new IllegalArgumentException("Grid step " + step + " must be > 0.");
    }
    this.step = step;
  }

  /** A calculator with a 0.1 time-unit grid. */
  public static ExposureCalculator standard() {
    return new ExposureCalculator(0.1);
  }

  /** A concentration function for the calculator (batch form, for speed). */
  @FunctionalInterface
  public interface Concentrations {
    /** Writes concentrations at {@code times} into {@code out}. */
    void at(double[] times, double[] out);
  }

  /**
   * Metrics over [start, end] for a patient with the given doses and lag time.
   *
   * @param threshold concentration for time above, NaN to skip
   * @throws IllegalArgumentException when end <= start
   */
  public ExposureMetrics compute(
      Concentrations c, DosingHistory history, double tlag, double start, double end,
      double threshold) {
    if (!(end > start)) {
      throw new IllegalArgumentException("Window end " + end + " must be after start " + start + ".");
    }
    double[] cuts = cuts(history, tlag, start, end);
    int pieces = cuts.length - 1;
    int[] sub = new int[pieces];
    int total = 0;
    for (int i = 0; i < pieces; i++) {
      int n = (int) Math.ceil((cuts[i + 1] - cuts[i]) / step);
      sub[i] = Math.max(2, n + (n % 2));
      total += sub[i] + 1;
    }
    double[] times = new double[total];
    int k = 0;
    double eps = 1e-9 * Math.max(1, Math.abs(end));
    for (int i = 0; i < pieces; i++) {
      double a = cuts[i];
      double b = cuts[i + 1];
      for (int j = 0; j <= sub[i]; j++) {
        double t = a + (b - a) * j / sub[i];
        // The right end sits just before the cut, where a bolus has not yet been given.
        times[k++] = j == sub[i] ? b - eps : t;
      }
    }
    double[] conc = new double[total];
    c.at(times, conc);
    return summarize(c, times, conc, sub, start, end, threshold);
  }

  private static ExposureMetrics summarize(
      Concentrations c, double[] times, double[] conc, int[] sub, double start, double end,
      double threshold) {
    double auc = 0;
    double cmax = Double.NEGATIVE_INFINITY;
    double tmax = start;
    int imax = 0;
    double cmin = Double.POSITIVE_INFINITY;
    double above = 0;
    int k = 0;
    for (int n : sub) {
      double h = (times[k + n] - times[k]) / n;
      double s = conc[k] + conc[k + n];
      for (int j = 1; j < n; j++) {
        s += (j % 2 == 1 ? 4 : 2) * conc[k + j];
      }
      auc += s * h / 3;
      for (int j = 0; j <= n; j++) {
        if (conc[k + j] > cmax) {
          cmax = conc[k + j];
          tmax = times[k + j];
          imax = k + j;
        }
        cmin = Math.min(cmin, conc[k + j]);
        if (!Double.isNaN(threshold) && j < n) {
          above += timeAbove(c, times[k + j], times[k + j + 1], conc[k + j], conc[k + j + 1],
              threshold);
        }
      }
      k += n + 1;
    }
    double[] refined = refinePeak(c, times, conc, imax);
    if (refined[1] > cmax) {
      tmax = refined[0];
      cmax = refined[1];
    }
    double length = end - start;
    return new ExposureMetrics(start, end, auc, auc * 24 / length, cmax, tmax, cmin,
        conc[conc.length - 1], threshold, above);
  }

  // Golden-section search between the grid neighbours of the grid maximum.
  private static double[] refinePeak(Concentrations c, double[] times, double[] conc, int i) {
    if (i == 0 || i == times.length - 1 || !(times[i - 1] < times[i] && times[i] < times[i + 1])) {
      return new double[] {times[i], conc[i]};
    }
    double a = times[i - 1];
    double b = times[i + 1];
    double g = (Math.sqrt(5) - 1) / 2;
    double[] one = new double[1];
    double[] out = new double[1];
    for (int it = 0; it < 60 && b - a > 1e-10; it++) {
      double x1 = b - g * (b - a);
      double x2 = a + g * (b - a);
      one[0] = x1;
      c.at(one, out);
      double f1 = out[0];
      one[0] = x2;
      c.at(one, out);
      if (f1 >= out[0]) {
        b = x2;
      } else {
        a = x1;
      }
    }
    one[0] = (a + b) / 2;
    c.at(one, out);
    return new double[] {one[0], out[0]};
  }

  private static double timeAbove(
      Concentrations c, double t0, double t1, double c0, double c1, double threshold) {
    boolean a0 = c0 > threshold;
    boolean a1 = c1 > threshold;
    if (a0 && a1) {
      return t1 - t0;
    }
    if (!a0 && !a1) {
      return 0;
    }
    double lo = t0;
    double hi = t1;
    double[] one = new double[1];
    double[] out = new double[1];
    for (int it = 0; it < 50; it++) {
      double mid = (lo + hi) / 2;
      one[0] = mid;
      c.at(one, out);
      if ((out[0] > threshold) == a0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double crossing = (lo + hi) / 2;
    return a0 ? crossing - t0 : t1 - crossing;
  }

  private static double[] cuts(DosingHistory history, double tlag, double start, double end) {
    TreeSet<Double> cuts = new TreeSet<>();
    cuts.add(start);
    cuts.add(end);
    for (DoseEvent dose : history.doses()) {
      double begin = dose.time();
      boolean depot = dose instanceof OralDose
          || (dose instanceof InfusionDose inf && inf.intoDepot());
      if (depot) {
        begin += tlag;
      }
      addInside(cuts, begin, start, end);
      if (dose instanceof InfusionDose inf) {
        addInside(cuts, begin + inf.duration(), start, end);
        if (dose.steadyState().isSteadyState()) {
          double tau = dose.steadyState().interval();
          // Earlier repeats of an SS infusion longer than the interval end after the dose.
          for (int r = 1; r * tau < inf.duration(); r++) {
            addInside(cuts, begin - r * tau + inf.duration(), start, end);
          }
        }
      }
    }
    return cuts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void addInside(TreeSet<Double> cuts, double t, double start, double end) {
    if (t > start && t < end) {
      cuts.add(t);
    }
  }
}
