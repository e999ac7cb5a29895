package org.medtwin.pharma.pkpd.model;

import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.SteadyState;

/**
 * Closed-form concentrations of a linear compartment model: the sum over all doses of the
 * model's sum-of-exponentials response, with steady-state doses as geometric series.
 *
 * <p>An SS=1 (reset) dose makes every earlier dose irrelevant from its time on.
 */
final class SuperpositionPredictor implements ConcentrationPredictor {

  private final PkModel model;

  SuperpositionPredictor(PkModel model) {
    this.model = model;
  }

  @Override
  public void concentrations(PkParameters p, DosingHistory history, double[] times, double[] out) {
    if (times.length != out.length) {
      throw new IllegalArgumentException(
          times.length + " times but an output of length " + out.length + ".");
    }
    model.check(p, history);
    ExponentialSum central = model.centralResponse(p);
    ExponentialSum depot = model.firstOrderAbsorption() ? central.convolveFirstOrder(p.ka()) : null;
    java.util.List<DoseEvent> doses = history.doses();
    for (int t = 0; t < times.length; t++) {
      double time = times[t];
      int first = firstRelevantDose(doses, time);
      double sum = 0;
      for (int d = first; d < doses.size(); d++) {
        DoseEvent dose = doses.get(d);
        if (dose.time() > time) {
          break;
        }
        sum += contribution(dose, time - dose.time(), central, depot, p);
      }
      out[t] = sum;
    }
  }

  /** Index of the last reset (SS=1) dose at or before {@code time}, or 0. */
  static int firstRelevantDose(java.util.List<DoseEvent> doses, double time) {
    int first = 0;
    for (int d = 0; d < doses.size(); d++) {
      DoseEvent dose = doses.get(d);
      if (dose.time() > time) {
        break;
      }
      if (dose.steadyState().mode() == SteadyState.Mode.RESET) {
        first = d;
      }
    }
    return first;
  }

  /** Concentration at {@code elapsed} after the start of one dose event. */
  static double contribution(
      DoseEvent dose, double elapsed, ExponentialSum central, ExponentialSum depot, PkParameters p) {
    SteadyState ss = dose.steadyState();
    if (dose instanceof InfusionDose inf) {
      ExponentialSum target = inf.intoDepot() ? depot : central;
      double s = inf.intoDepot() ? elapsed - p.tlag() : elapsed;
      double scale = inf.intoDepot() ? inf.rate() * p.f() : inf.rate();
      if (ss.isSteadyState()) {
        return scale * target.infusionSteadyState(s, inf.duration(), ss.interval());
      }
      return scale * target.infusion(s, inf.duration());
    }
    if (dose instanceof BolusDose) {
      return ss.isSteadyState()
          ? dose.amount() * central.bolusSteadyState(elapsed, ss.interval())
          : dose.amount() * central.bolus(elapsed);
    }
    double s = elapsed - p.tlag();
    double amount = dose.amount() * p.f();
    return ss.isSteadyState()
        ? amount * depot.bolusSteadyState(s, ss.interval())
        : amount * depot.bolus(s);
  }
}
