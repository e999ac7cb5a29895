package org.medtwin.pharma.pkpd.model;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;

/**
 * Concentrations at ascending times by carrying the amount in each exponential mode forward from
 * time to time — {@code M_i(t + Δ) = M_i(t)·e^(-λ_i Δ) + c_i·R·(1 - e^(-λ_i Δ))/λ_i} — instead of
 * summing every past dose at every time. Exact like the superposition sum, but its cost grows with
 * doses plus times rather than doses times times; this is the population simulator's hot path.
 *
 * <p>Histories with steady-state doses are not handled here ({@link #supports}); use the
 * superposition sum for them.
 */
public final class ModalEvaluator {

  private static final int BOLUS = 0;
  private static final int RATE = 1;

  private final double[] centralCoef;
  private final double[] centralRate;
  private final double[] depotCoef;
  private final double[] depotRate;
  private final double[] eventTime;
  private final int[] eventKind;
  private final boolean[] eventDepot;
  private final double[] eventValue;

  /**
   * An evaluator for one patient and history.
   *
   * @throws IllegalArgumentException when the history has steady-state doses or does not fit
   */
  public ModalEvaluator(PkModel model, PkParameters p, DosingHistory history) {
    if (!supports(history)) {
      throw new IllegalArgumentException("Steady-state doses need the superposition sum.");
    }
    model.check(p, history);
    ExponentialSum central = model.centralResponse(p);
    ExponentialSum depot = model.firstOrderAbsorption() ? central.convolveFirstOrder(p.ka()) : null;
    centralCoef = coefficients(central);
    centralRate = rates(central);
    depotCoef = depot == null ? new double[0] : coefficients(depot);
    depotRate = depot == null ? new double[0] : rates(depot);
    List<double[]> events = new ArrayList<>();
    for (DoseEvent dose : history.doses()) {
      if (dose instanceof BolusDose) {
        events.add(new double[] {dose.time(), BOLUS, 0, dose.amount()});
      } else if (dose instanceof InfusionDose inf) {
        double start = inf.intoDepot() ? dose.time() + p.tlag() : dose.time();
        double rate = inf.intoDepot() ? inf.rate() * p.f() : inf.rate();
        double target = inf.intoDepot() ? 1 : 0;
        events.add(new double[] {start, RATE, target, rate});
        events.add(new double[] {start + inf.duration(), RATE, target, -rate});
      } else {
        events.add(new double[] {dose.time() + p.tlag(), BOLUS, 1, dose.amount() * p.f()});
      }
    }
    events.sort((a, b) -> Double.compare(a[0], b[0]));
    int n = events.size();
    eventTime = new double[n];
    eventKind = new int[n];
    eventDepot = new boolean[n];
    eventValue = new double[n];
    for (int i = 0; i < n; i++) {
      double[] e = events.get(i);
      eventTime[i] = e[0];
      eventKind[i] = (int) e[1];
      eventDepot[i] = e[2] == 1;
      eventValue[i] = e[3];
    }
  }

  /** True when the history has no steady-state dose. */
  public static boolean supports(DosingHistory history) {
    for (DoseEvent dose : history.doses()) {
      if (dose.steadyState().isSteadyState()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes concentrations at {@code times} (non-decreasing) into {@code out}; a bolus at a time is
   * included at that time.
   *
   * @throws IllegalArgumentException when the times decrease
   */
  public void concentrations(double[] times, double[] out) {
    double[] mc = new double[centralCoef.length];
    double[] md = new double[depotCoef.length];
    double rc = 0;
    double rd = 0;
    double now = Double.NEGATIVE_INFINITY;
    int e = 0;
    for (int k = 0; k < times.length; k++) {
      double t = times[k];
      if (t < now) {
        throw new IllegalArgumentException("Times must not decrease: " + t + " after " + now + ".");
      }
      while (e < eventTime.length && eventTime[e] <= t) {
        advance(mc, centralCoef, centralRate, rc, eventTime[e] - now);
        advance(md, depotCoef, depotRate, rd, eventTime[e] - now);
        now = eventTime[e];
        if (eventKind[e] == BOLUS) {
          add(eventDepot[e] ? md : mc, eventDepot[e] ? depotCoef : centralCoef, eventValue[e]);
        } else if (eventDepot[e]) {
          rd += eventValue[e];
        } else {
          rc += eventValue[e];
        }
        e++;
      }
      if (now == Double.NEGATIVE_INFINITY) {
        out[k] = 0;
        continue;
      }
      advance(mc, centralCoef, centralRate, rc, t - now);
      advance(md, depotCoef, depotRate, rd, t - now);
      now = t;
      double sum = 0;
      for (double m : mc) {
        sum += m;
      }
      for (double m : md) {
        sum += m;
      }
      out[k] = sum;
    }
  }

  private static void advance(double[] m, double[] coef, double[] rate, double input, double dt) {
    if (dt <= 0 || Double.isInfinite(dt)) {
      return;
    }
    for (int i = 0; i < m.length; i++) {
      double decay = Math.exp(-rate[i] * dt);
      m[i] = m[i] * decay + (input == 0 ? 0 : coef[i] * input * -Math.expm1(-rate[i] * dt) / rate[i]);
    }
  }

  private static void add(double[] m, double[] coef, double amount) {
    for (int i = 0; i < m.length; i++) {
      m[i] += coef[i] * amount;
    }
  }

  private static double[] coefficients(ExponentialSum s) {
    double[] c = new double[s.terms()];
    for (int i = 0; i < c.length; i++) {
      c[i] = s.coefficient(i);
    }
    return c;
  }

  private static double[] rates(ExponentialSum s) {
    double[] r = new double[s.terms()];
    for (int i = 0; i < r.length; i++) {
      r[i] = s.rateConstant(i);
    }
    return r;
  }
}
