package org.medtwin.pharma.pkpd.dosefinding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;
import org.medtwin.pharma.pkpd.simulation.SteadyStateExposure;

/**
 * Ranks candidate regimens by the probability, over a patient's posterior parameter draws (or a
 * population's), that the steady-state exposure meets every target.
 *
 * <p>Steady-state AUC24, trough and peak of a linear model are proportional to the dose, so the
 * exposure per unit dose is computed once per (route, interval, infusion duration) and draw, and a
 * candidate's metrics are that times its dose: ten thousand candidates cost a few thousand
 * closed-form evaluations per draw. Ties in probability go to the regimen whose median is nearest
 * the middle of the first target, then to the smaller daily dose, then to the longer interval, then
 * to the shorter infusion. Runners-up are the best options with another dose or interval.
 */
public final class DoseOptimizer {

  private final PkModel structure;
  private final List<ExposureTarget> targets;
  private final String amountUnit;
  private final String timeUnit;

  /**
   * An optimiser for a model structure and targets.
   *
   * @throws IllegalArgumentException when there is no target
   */
  public DoseOptimizer(PkModel structure, List<ExposureTarget> targets, String amountUnit,
      String timeUnit) {
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("Dose optimisation needs at least one target, e.g."
          + " auc24:400-600.");
    }
    for (ExposureTarget t : targets) {
      if (t.metric() == ExposureTarget.Metric.FRACTION_ABOVE) {
        throw new IllegalArgumentException("Dose optimisation supports AUC24, trough and peak"
            + " targets, not " + t.metric() + ".");
      }
    }
    this.structure = structure;
    this.targets = List.copyOf(targets);
    this.amountUnit = amountUnit;
    this.timeUnit = timeUnit;
  }

  /**
   * Ranks {@code candidates} for the parameter draws and recommends the best.
   *
   * @param draws posterior (or population) parameter sets, at least one
   * @param runnersUp how many runner-up options to return
   * @throws IllegalArgumentException when there are no candidates or draws
   */
  public DosingRecommendation recommend(
      List<Regimen> candidates, List<PkParameters> draws, int runnersUp) {
    List<RegimenOption> ranked = rank(candidates, draws);
    RegimenOption best = ranked.get(0);
    // Runners-up differ from the best and each other in dose or interval: variants that differ
    // only in infusion duration would crowd out real alternatives.
    List<RegimenOption> others = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    seen.add(best.regimen().amount() + "|" + best.regimen().interval());
    for (RegimenOption o : ranked) {
      if (others.size() >= runnersUp) {
        break;
      }
      if (seen.add(o.regimen().amount() + "|" + o.regimen().interval())) {
        others.add(o);
      }
    }
    return new DosingRecommendation(targets, best, others, reason(best, others), candidates.size(),
        draws.size());
  }

  /** Every candidate with its probability, best first. */
  public List<RegimenOption> rank(List<Regimen> candidates, List<PkParameters> draws) {
    if (candidates.isEmpty() || draws.isEmpty()) {
      throw new IllegalArgumentException("Need candidate regimens and parameter draws; got "
          + candidates.size() + " and " + draws.size() + ".");
    }
    SteadyStateExposure[] patients = new SteadyStateExposure[draws.size()];
    for (int d = 0; d < patients.length; d++) {
      patients[d] = new SteadyStateExposure(structure, draws.get(d));
    }
    boolean needPeak = targets.stream().anyMatch(t -> t.metric() == ExposureTarget.Metric.PEAK);
    Map<String, UnitExposure> units = new HashMap<>();
    List<RegimenOption> options = new ArrayList<>(candidates.size());
    for (Regimen r : candidates) {
      UnitExposure u = units.computeIfAbsent(key(r), k -> UnitExposure.of(r, patients, needPeak));
      options.add(evaluate(r, u));
    }
    options.sort(Comparator.comparingDouble((RegimenOption o) -> -o.probability())
        .thenComparingDouble(RegimenOption::distance)
        .thenComparingDouble(o -> o.regimen().dailyAmount())
        .thenComparingDouble(o -> -o.regimen().interval())
        .thenComparingDouble(o -> o.regimen().infusionDuration()));
    return options;
  }

  private RegimenOption evaluate(Regimen r, UnitExposure u) {
    double dose = r.amount();
    int n = u.auc24.length;
    int hits = 0;
    for (int d = 0; d < n; d++) {
      boolean ok = true;
      for (ExposureTarget t : targets) {
        if (!t.contains(dose * u.unit(t.metric(), d))) {
          ok = false;
          break;
        }
      }
      if (ok) {
        hits++;
      }
    }
    ExposureTarget first = targets.get(0);
    double median = dose * u.median(first.metric());
    double mid = Double.isInfinite(first.high()) ? first.low() : (first.low() + first.high()) / 2;
    return new RegimenOption(r, (double) hits / n, dose * u.medianAuc24, dose * u.medianTrough,
        u.peak == null ? Double.NaN : dose * u.medianPeak, Math.abs(median / mid - 1));
  }

  private String reason(RegimenOption best, List<RegimenOption> others) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "%s has the highest probability of meeting %s: %.0f%% (median AUC24 %.0f, trough %.1f).",
        best.regimen().describe(amountUnit, timeUnit), describeTargets(), 100 * best.probability(),
        best.medianAuc24(), best.medianTrough()));
    if (!others.isEmpty()) {
      RegimenOption next = others.get(0);
      String why;
      if (next.probability() < best.probability()) {
        why = String.format(Locale.ROOT, "a lower probability (%.0f%%)", 100 * next.probability());
      } else if (next.distance() > best.distance()) {
        why = "the same probability but a median further from the middle of the target";
      } else if (next.regimen().dailyAmount() > best.regimen().dailyAmount()) {
        why = "the same probability for a larger daily dose";
      } else if (next.regimen().interval() < best.regimen().interval()) {
        why = "the same probability with a shorter interval (more doses a day)";
      } else {
        why = "the same probability with a longer infusion";
      }
      s.append(String.format(Locale.ROOT, " Runner-up %s has %s.",
          next.regimen().describe(amountUnit, timeUnit), why));
    }
    if (best.probability() < 0.5) {
      s.append(" No candidate reaches 50%: consider measuring a level and re-estimating, or"
          + " widening the candidate grid.");
    }
    return s.toString();
  }

  private String describeTargets() {
    List<String> parts = new ArrayList<>();
    for (ExposureTarget t : targets) {
      parts.add(t.describe());
    }
    return String.join(" and ", parts);
  }

  private static String key(Regimen r) {
    return r.route() + "|" + r.interval() + "|" + r.infusionDuration();
  }

  /** Exposure per unit dose for each draw, for one (route, interval, duration). */
  private static final class UnitExposure {
    final double[] auc24;
    final double[] trough;
    final double[] peak;
    final double medianAuc24;
    final double medianTrough;
    final double medianPeak;

    private UnitExposure(double[] auc24, double[] trough, double[] peak) {
      this.auc24 = auc24;
      this.trough = trough;
      this.peak = peak;
      this.medianAuc24 = median(auc24);
      this.medianTrough = median(trough);
      this.medianPeak = peak == null ? Double.NaN : median(peak);
    }

    static UnitExposure of(Regimen r, SteadyStateExposure[] patients, boolean needPeak) {
      Regimen unit = new Regimen(r.route(), 1, r.interval(), r.infusionDuration());
      double[] auc = new double[patients.length];
      double[] trough = new double[patients.length];
      double[] peak = needPeak ? new double[patients.length] : null;
      for (int d = 0; d < patients.length; d++) {
        auc[d] = patients[d].auc24(unit);
        trough[d] = patients[d].trough(unit);
        if (needPeak) {
          peak[d] = patients[d].peak(unit);
        }
      }
      return new UnitExposure(auc, trough, peak);
    }

    double unit(ExposureTarget.Metric metric, int d) {
      if (metric == ExposureTarget.Metric.AUC24) {
        return auc24[d];
      }
      return metric == ExposureTarget.Metric.TROUGH ? trough[d] : peak[d];
    }

    double median(ExposureTarget.Metric metric) {
      if (metric == ExposureTarget.Metric.AUC24) {
        return medianAuc24;
      }
      return metric == ExposureTarget.Metric.TROUGH ? medianTrough : medianPeak;
    }

    private static double median(double[] values) {
      double[] v = values.clone();
      Arrays.sort(v);
      int n = v.length;
      return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
  }
}
