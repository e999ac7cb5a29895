package org.medtwin.pharma.pkpd.model;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.SteadyState;

/**
 * Concentrations by numerical integration (Dormand–Prince 8(5,3) of Commons Math, relative
 * tolerance 1e-12) between dose events, for any {@link OdeModel}.
 *
 * <p>A steady-state dose is handled as NONMEM does: the model is integrated over one interval after
 * another under the periodic input until the state repeats to 1e-12, and that state replaces
 * (SS=1) or is added to (SS=2) the current one. The earlier repeats' inputs that reach past the
 * dose time (infusions longer than the interval, lag times longer than the interval) continue
 * after it.
 */
public final class OdePredictor implements ConcentrationPredictor {

  private static final double RELATIVE_TOLERANCE = 1e-12;
  private static final int MAX_PERIODS = 200_000;

  private final OdeModel model;

  /** A predictor for the given equations. */
  public OdePredictor(OdeModel model) {
    this.model = model;
  }

  @Override
  public void concentrations(PkParameters p, DosingHistory history, double[] times, double[] out) {
    concentrations(ParameterSchedule.constant(p), history, times, out);
  }

  /**
   * Concentrations when the parameters change over time: bioavailability and lag time of a dose
   * are those in force at its administration time.
   *
   * @throws IllegalArgumentException when parameters or doses do not fit the model
   */
  public void concentrations(
      ParameterSchedule parameters, DosingHistory history, double[] times, double[] out) {
    if (times.length != out.length) {
      throw new IllegalArgumentException(
          times.length + " times but an output of length " + out.length + ".");
    }
    List<DoseEvent> doses = history.doses();
    model.check(parameters.at(doses.isEmpty() ? 0 : doses.get(0).time()), history);
    double scale = 1;
    for (DoseEvent dose : doses) {
      scale = Math.max(scale, dose.amount());
    }
    Integration integration = new Integration(parameters.at(Double.NEGATIVE_INFINITY), scale);
    InputSchedule schedule = new InputSchedule();
    TreeSet<Double> breakpoints = new TreeSet<>();
    for (double change : parameters.changeTimes()) {
      breakpoints.add(change);
    }
    for (int d = 0; d < doses.size(); d++) {
      DoseEvent dose = doses.get(d);
      PkParameters p = parameters.at(dose.time());
      schedule.add(dose, dose.time(), d, model, p, Double.NEGATIVE_INFINITY);
      SteadyState ss = dose.steadyState();
      if (ss.isSteadyState()) {
        // Earlier repeats whose input is still to come at the dose time.
        double reach = p.tlag() + (dose instanceof org.medtwin.pharma.pkpd.dosing.InfusionDose inf
            ? inf.duration() : 0);
        for (int k = 1; k * ss.interval() <= reach; k++) {
          schedule.add(dose, dose.time() - k * ss.interval(), d, model, p, dose.time());
        }
      }
      breakpoints.add(dose.time());
    }
    for (InputSchedule.Injection injection : schedule.injections) {
      breakpoints.add(injection.time());
    }
    for (InputSchedule.Piece piece : schedule.pieces) {
      breakpoints.add(piece.start());
      breakpoints.add(piece.end());
    }
    for (double time : times) {
      if (!Double.isFinite(time)) {
        throw new IllegalArgumentException("Prediction time " + time + " is not finite.");
      }
      breakpoints.add(time);
    }
    Integer[] order = new Integer[times.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));

    double[] state = new double[model.dimension()];
    double[] rates = new double[model.dimension()];
    int floor = 0;
    int next = 0;
    double now = breakpoints.isEmpty() ? 0 : breakpoints.first();
    for (double b : breakpoints) {
      if (b > now) {
        inputRates(schedule, now, floor, rates);
        integration.p = parameters.at(now);
        integration.integrate(state, rates, now, b);
        now = b;
      }
      for (int d = 0; d < doses.size(); d++) {
        DoseEvent dose = doses.get(d);
        if (dose.time() == b && dose.steadyState().isSteadyState()) {
          integration.p = parameters.at(b);
          double[] periodic = steadyState(dose, integration.p, integration);
          if (dose.steadyState().mode() == SteadyState.Mode.RESET) {
            floor = d;
            state = periodic;
          } else {
            for (int i = 0; i < state.length; i++) {
              state[i] += periodic[i];
            }
          }
        }
      }
      for (InputSchedule.Injection injection : schedule.injections) {
        if (injection.time() == b && injection.dose() >= floor) {
          state[injection.compartment()] += injection.amount();
        }
      }
      while (next < order.length && times[order[next]] == b) {
        out[order[next]] = model.concentration(parameters.at(b), state);
        next++;
      }
    }
  }

  private static void inputRates(InputSchedule schedule, double from, int floor, double[] rates) {
    Arrays.fill(rates, 0);
    for (InputSchedule.Piece piece : schedule.pieces) {
      if (piece.dose() >= floor && piece.start() <= from && from < piece.end()) {
        rates[piece.compartment()] += piece.rate();
      }
    }
  }

  /** State just before the dose time of the infinitely repeated {@code dose}, starting from 0. */
  private double[] steadyState(DoseEvent dose, PkParameters p, Integration integration) {
    double tau = dose.steadyState().interval();
    // The periodic input over one interval [0, tau): the dose repeated at 0, -tau, -2tau, ...
    InputSchedule periodic = new InputSchedule();
    double reach = p.tlag() + (dose instanceof org.medtwin.pharma.pkpd.dosing.InfusionDose inf
        ? inf.duration() : 0);
    for (int k = 0; k * tau <= reach + tau; k++) {
      periodic.add(dose.withSteadyState(SteadyState.NONE), -k * tau, 0, model, p, 0);
    }
    TreeSet<Double> cuts = new TreeSet<>();
    cuts.add(0.0);
    cuts.add(tau);
    for (InputSchedule.Injection injection : periodic.injections) {
      if (injection.time() < tau) {
        cuts.add(injection.time());
      }
    }
    for (InputSchedule.Piece piece : periodic.pieces) {
      if (piece.start() < tau) {
        cuts.add(piece.start());
      }
      if (piece.end() < tau) {
        cuts.add(piece.end());
      }
    }
    double[] state = new double[model.dimension()];
    double[] rates = new double[model.dimension()];
    Double[] points = cuts.toArray(new Double[0]);
    for (int period = 0; period < MAX_PERIODS; period++) {
      double[] start = state.clone();
      for (int c = 0; c < points.length - 1; c++) {
        for (InputSchedule.Injection injection : periodic.injections) {
          if (injection.time() == points[c]) {
            state[injection.compartment()] += injection.amount();
          }
        }
        inputRates(periodic, points[c], 0, rates);
        integration.integrate(state, rates, points[c], points[c + 1]);
      }
      if (converged(start, state)) {
        return state;
      }
    }
    throw new IllegalStateException(
        "Steady state of the dose at time " + dose.time() + " did not settle within "
            + MAX_PERIODS + " intervals of " + tau + ". Maybe elimination is far too slow?");
  }

  private static boolean converged(double[] before, double[] after) {
    double largest = 0;
    double change = 0;
    for (int i = 0; i < after.length; i++) {
      largest = Math.max(largest, Math.abs(after[i]));
      change = Math.max(change, Math.abs(after[i] - before[i]));
    }
    return change <= 1e-12 * largest || largest == 0;
  }

  /** One integrator and the right-hand side with the current input rates. */
  private final class Integration implements FirstOrderDifferentialEquations {
    private PkParameters p;
    private final DormandPrince853Integrator integrator;
    private double[] rates;

    Integration(PkParameters p, double amountScale) {
      this.p = p;
      this.integrator =
          new DormandPrince853Integrator(
              1e-14, Double.POSITIVE_INFINITY, 1e-15 * amountScale, RELATIVE_TOLERANCE);
    }

    void integrate(double[] state, double[] inputRates, double from, double to) {
      this.rates = inputRates;
      integrator.integrate(this, from, state, to, state);
    }

    @Override
    public int getDimension() {
      return model.dimension();
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot)
        throws DimensionMismatchException {
      model.derivatives(p, y, yDot);
      for (int i = 0; i < yDot.length; i++) {
        yDot[i] += rates[i];
      }
    }
  }
}
