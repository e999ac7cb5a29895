package org.medtwin.pharma.pkpd.dosing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's doses in time order: any mix of boluses, infusions and oral doses, changing amounts
 * and intervals, gaps for missed doses, and steady-state doses.
 *
 * @param doses the administrations, sorted by time (stable: equal times keep their given order)
 */
public record DosingHistory(List<DoseEvent> doses) {

  /** Sorts and copies the doses. */
  public DosingHistory {
    if (doses == null) {
      throw new IllegalArgumentException("Dosing history has no dose list. Maybe pass List.of()?");
    }
    List<DoseEvent> sorted = new ArrayList<>(doses.size());
    for (int i = 0; i < doses.size(); i++) {
      DoseEvent dose = doses.get(i);
      if (dose == null) {
        throw new IllegalArgumentException("Dose number " + (i + 1) + " of the history is missing.");
      }
      sorted.add(dose);
    }
    sorted.sort(Comparator.comparingDouble(DoseEvent::time));
    doses = List.copyOf(sorted);
  }

  /** A history of the given doses. */
  public static DosingHistory of(DoseEvent... doses) {
    return new DosingHistory(List.of(doses));
  }

  /** No doses at all. */
  public static DosingHistory empty() {
    return new DosingHistory(List.of());
  }

  /** This history followed by more doses. */
  public DosingHistory plus(List<? extends DoseEvent> more) {
    List<DoseEvent> all = new ArrayList<>(doses);
    all.addAll(more);
    return new DosingHistory(all);
  }

  /** The history without the doses at the given positions (for missed-dose scenarios). */
  public DosingHistory without(int... positions) {
    List<DoseEvent> kept = new ArrayList<>(doses);
    int[] sorted = positions.clone();
    java.util.Arrays.sort(sorted);
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] < 0 || sorted[i] >= kept.size()) {
        throw new IllegalArgumentException(
            "No dose number " + sorted[i] + " in a history of " + doses.size() + " doses.");
      }
      kept.remove(sorted[i]);
    }
    return new DosingHistory(kept);
  }

  /** Number of doses. */
  public int size() {
    return doses.size();
  }

  /** Time of the last dose, or 0 when there is none. */
  public double lastDoseTime() {
    return doses.isEmpty() ? 0.0 : doses.get(doses.size() - 1).time();
  }
}
