package org.medtwin.pharma.pkpd.simulation;

import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.dosing.SteadyState;
import org.medtwin.pharma.pkpd.model.ExponentialSum;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.model.Superposition;

/**
 * Steady-state exposure of one patient under a repeated regimen, in closed form: AUC over an
 * interval is F·dose/CL for any linear model (Rowland & Tozer ch. 10), the trough is the
 * steady-state sum just before the next dose, the peak is taken at the end of the infusion (or of
 * the bolus), or searched for oral doses. This is the fast path of dose optimisation: responses are
 * computed once per patient and every quantity is linear in the dose.
 */
public final class SteadyStateExposure {

  private final PkModel model;
  private final PkParameters p;
  private final ExponentialSum central;
  private final ExponentialSum depot;

  /**
   * Exposure for one patient's parameters.
   *
   * @throws IllegalArgumentException when the parameters do not fit the model
   */
  public SteadyStateExposure(PkModel model, PkParameters p) {
    model.check(p, DosingHistory.empty());
    this.model = model;
    this.p = p;
    this.central = model.centralResponse(p);
    this.depot = model.firstOrderAbsorption() ? central.convolveFirstOrder(p.ka()) : null;
  }

  /** The patient's parameters. */
  public PkParameters parameters() {
    return p;
  }

  /** AUC over 24 time units at steady state. */
  public double auc24(Regimen r) {
    double f = r.route() == Regimen.Route.ORAL ? p.f() : 1;
    return f * r.amount() / p.cl() * 24 / r.interval();
  }

  /** Concentration just before a dose at steady state. */
  public double trough(Regimen r) {
    return at(r, r.interval());
  }

  /** Highest concentration of the steady-state interval. */
  public double peak(Regimen r) {
    if (r.route() == Regimen.Route.BOLUS) {
      return at(r, 0);
    }
    if (r.route() == Regimen.Route.INFUSION && r.infusionDuration() < r.interval()
        && model.compartments() == 1) {
      return at(r, r.infusionDuration());
    }
    return searchPeak(r);
  }

  /** Concentration at {@code elapsed} after a dose at steady state (0 <= elapsed <= interval). */
  public double at(Regimen r, double elapsed) {
    DoseEvent dose = r.doseAt(0, SteadyState.reset(r.interval()));
    return Superposition.at(java.util.List.of(dose), central, depot, p, elapsed);
  }

  private double searchPeak(Regimen r) {
    double tau = r.interval();
    int n = 96;
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= n; i++) {
      double v = at(r, tau * i / n);
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    double a = tau * Math.max(0, best - 1) / n;
    double b = tau * Math.min(n, best + 1) / n;
    double g = (Math.sqrt(5) - 1) / 2;
    for (int it = 0; it < 60 && b - a > 1e-9; it++) {
      double x1 = b - g * (b - a);
      double x2 = a + g * (b - a);
      if (at(r, x1) >= at(r, x2)) {
        b = x2;
      } else {
        a = x1;
      }
    }
    return Math.max(bestValue, at(r, (a + b) / 2));
  }
}
