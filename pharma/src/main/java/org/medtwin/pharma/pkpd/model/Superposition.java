package org.medtwin.pharma.pkpd.model;

import java.util.List;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;

/**
 * The superposition sum for any pair of unit responses (central input, depot input), so that other
 * outputs of a linear system — an effect-site concentration, an amount — use the same dose
 * handling as the plasma concentration.
 */
public final class Superposition {

  private Superposition() {}

  /**
   * The response at {@code time} to every dose up to it, from the last steady-state reset on.
   *
   * @param central response per unit amount into the central compartment
   * @param depot response per unit amount into the depot (null when the model has none)
   */
  public static double at(
      List<DoseEvent> doses, ExponentialSum central, ExponentialSum depot, PkParameters p,
      double time) {
    int first = SuperpositionPredictor.firstRelevantDose(doses, time);
    double sum = 0;
    for (int d = first; d < doses.size(); d++) {
      DoseEvent dose = doses.get(d);
      if (dose.time() > time) {
        break;
      }
      sum += SuperpositionPredictor.contribution(dose, time - dose.time(), central, depot, p);
    }
    return sum;
  }
}
