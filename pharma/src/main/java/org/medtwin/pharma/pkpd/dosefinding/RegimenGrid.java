package org.medtwin.pharma.pkpd.dosefinding;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.pharma.pkpd.dosing.Regimen;

/**
 * A grid of candidate regimens: every dose × interval (× infusion duration for infusions), keeping
 * only infusions that end before the next dose and do not exceed a maximal infusion rate.
 *
 * @param route how doses are given
 * @param doses candidate amounts
 * @param intervals candidate dosing intervals
 * @param durations candidate infusion durations (ignored unless the route is infusion)
 * @param maxRate highest infusion rate allowed (amount per time unit), infinity for none
 */
public record RegimenGrid(
    Regimen.Route route, List<Double> doses, List<Double> intervals, List<Double> durations,
    double maxRate) {

  /** Copies the lists and guards them. */
  public RegimenGrid {
    doses = List.copyOf(doses);
    intervals = List.copyOf(intervals);
    durations = List.copyOf(durations);
    if (doses.isEmpty() || intervals.isEmpty()
        || (route == Regimen.Route.INFUSION && durations.isEmpty())) {
      throw new IllegalArgumentException("A regimen grid needs doses, intervals and, for"
          + " infusions, durations.");
    }
    if (!(maxRate > 0)) {
      throw new IllegalArgumentException("Maximal infusion rate " + maxRate + " must be > 0.");
    }
    long size = (long) doses.size() * intervals.size() * Math.max(1, durations.size());
    if (size > MAX_CANDIDATES) {
      throw new IllegalArgumentException("A grid of " + size + " regimens exceeds "
          + MAX_CANDIDATES + ". Maybe the dose step is too small?");
    }
  }

  /** Largest grid accepted, so that a typo in the step cannot exhaust memory. */
  public static final long MAX_CANDIDATES = 1_000_000;

  /**
   * A clinically usual grid: doses from {@code step} to {@code maxDose} by {@code step}, intervals
   * 6, 8, 12, 24, 36 and 48 h, infusions of 0.5 to 4 h by 0.5 h (IV) at most {@code maxRate}.
   */
  public static RegimenGrid standard(
      Regimen.Route route, double step, double maxDose, double maxRate) {
    if (!(step > 0) || !(maxDose >= step)) {
      throw new IllegalArgumentException("Dose step " + step + " and maximum " + maxDose
          + " must satisfy 0 < step <= maximum.");
    }
    if (maxDose / step > MAX_CANDIDATES) {
      throw new IllegalArgumentException("Dose step " + step + " up to " + maxDose + " gives more"
          + " than " + MAX_CANDIDATES + " doses. Maybe the step is in the wrong unit?");
    }
    List<Double> doses = new ArrayList<>();
    for (int i = 1; i * step <= maxDose + 1e-9; i++) {
      doses.add(i * step);
    }
    List<Double> durations = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      durations.add(0.5 * i);
    }
    return new RegimenGrid(route, doses, List.of(6.0, 8.0, 12.0, 24.0, 36.0, 48.0), durations,
        maxRate);
  }

  /** Every candidate regimen of the grid. */
  public List<Regimen> regimens() {
    List<Regimen> list = new ArrayList<>();
    for (double interval : intervals) {
      for (double dose : doses) {
        if (route != Regimen.Route.INFUSION) {
          list.add(new Regimen(route, dose, interval, 0));
          continue;
        }
        for (double duration : durations) {
          if (duration < interval && dose / duration <= maxRate) {
            list.add(Regimen.infusion(dose, interval, duration));
          }
        }
      }
    }
    return list;
  }
}
