package org.medtwin.pharma.pkpd.pd;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * The four indirect-response models of Dayneka, Garg & Jusko (J Pharmacokinet Biopharm
 * 1993;21:457): the drug inhibits (I, II) or stimulates (III, IV) the production (I, III) or the
 * loss (II, IV) of a response R with {@code dR/dt = kin·[..] - kout·[..]·R}, R(0) = kin / kout.
 *
 * @param type which of the four models
 * @param kin zero-order production rate
 * @param kout first-order loss rate constant
 * @param max Imax (0..1) for inhibition, Emax (> 0) for stimulation
 * @param c50 IC50 or EC50 (> 0)
 */
public record IndirectResponse(Type type, double kin, double kout, double max, double c50) {

  /** The four models. */
  public enum Type {
    /** Inhibition of production. */
    INHIBIT_PRODUCTION,
    /** Inhibition of loss. */
    INHIBIT_LOSS,
    /** Stimulation of production. */
    STIMULATE_PRODUCTION,
    /** Stimulation of loss. */
    STIMULATE_LOSS
  }

  /** Guards the parameters. */
  public IndirectResponse {
    if (!(kin > 0) || !(kout > 0) || !(c50 > 0) || !(max >= 0)) {
      throw new IllegalArgumentException("Indirect response needs kin, kout, c50 > 0 and max >= 0;"
          + " got kin " + kin + ", kout " + kout + ", max " + max + ", c50 " + c50 + ".");
    }
    if ((type == Type.INHIBIT_PRODUCTION || type == Type.INHIBIT_LOSS) && max > 1) {
      throw new IllegalArgumentException("Imax " + max + " of an inhibition model must be <= 1.");
    }
  }

  /** Baseline response kin / kout. */
  public double baseline() {
    return kin / kout;
  }

  /** dR/dt at response {@code r} and concentration {@code c}. */
  public double rate(double r, double c) {
    double drug = max * Math.max(c, 0) / (c50 + Math.max(c, 0));
    if (type == Type.INHIBIT_PRODUCTION) {
      return kin * (1 - drug) - kout * r;
    }
    if (type == Type.INHIBIT_LOSS) {
      return kin - kout * (1 - drug) * r;
    }
    if (type == Type.STIMULATE_PRODUCTION) {
      return kin * (1 + drug) - kout * r;
    }
    return kin - kout * (1 + drug) * r;
  }

  /**
   * The response at {@code times} (ascending, from 0) for a concentration time course, starting at
   * baseline at time 0 (Dormand–Prince, relative tolerance 1e-10).
   */
  public double[] simulate(DoubleUnaryOperator concentration, double[] times) {
    double[] out = new double[times.length];
    double[] y = {baseline()};
    double now = 0;
    DormandPrince853Integrator integrator =
        new DormandPrince853Integrator(1e-12, Double.POSITIVE_INFINITY, 1e-12 * baseline(), 1e-10);
    FirstOrderDifferentialEquations equations = new FirstOrderDifferentialEquations() {
      @Override
      public int getDimension() {
        return 1;
      }

      @Override
      public void computeDerivatives(double t, double[] state, double[] dot) {
        dot[0] = rate(state[0], concentration.applyAsDouble(t));
      }
    };
    for (int i = 0; i < times.length; i++) {
      if (times[i] < now) {
        throw new IllegalArgumentException("Times must ascend from 0; got " + times[i] + " after "
            + now + ".");
      }
      if (times[i] > now) {
        integrator.integrate(equations, now, y, times[i], y);
        now = times[i];
      }
      out[i] = y[0];
    }
    return out;
  }
}
