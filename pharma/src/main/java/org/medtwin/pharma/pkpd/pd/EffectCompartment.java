package org.medtwin.pharma.pkpd.pd;

import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.model.ExponentialSum;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.model.Superposition;

/**
 * Effect-site concentrations of the effect-compartment link model (Sheiner et al., Clin Pharmacol
 * Ther 1979;25:358): {@code dCe/dt = ke0 (C - Ce)}, solved in closed form by convolving the plasma
 * response with {@code ke0·exp(-ke0 t)}, so any dosing history works as it does for plasma.
 */
public final class EffectCompartment {

  private final PkModel model;
  private final double ke0;

  /**
   * An effect compartment with equilibration rate constant {@code ke0} (1 / time).
   *
   * @throws IllegalArgumentException when ke0 is not > 0
   */
  public EffectCompartment(PkModel model, double ke0) {
    if (!(ke0 > 0) || !Double.isFinite(ke0)) {
      throw new IllegalArgumentException("ke0 = " + ke0 + " must be a finite number > 0.");
    }
    this.model = model;
    this.ke0 = ke0;
  }

  /** Effect-site concentrations at {@code times}. */
  public double[] concentrations(PkParameters p, DosingHistory history, double[] times) {
    model.check(p, history);
    ExponentialSum central = model.centralResponse(p).convolveFirstOrder(ke0);
    ExponentialSum depot = model.firstOrderAbsorption()
        ? model.centralResponse(p).convolveFirstOrder(p.ka()).convolveFirstOrder(ke0) : null;
    double[] out = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      out[i] = Superposition.at(history.doses(), central, depot, p, times[i]);
    }
    return out;
  }
}
