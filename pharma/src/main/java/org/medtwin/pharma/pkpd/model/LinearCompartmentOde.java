package org.medtwin.pharma.pkpd.model;

import org.medtwin.pharma.pkpd.dosing.DosingHistory;

/**
 * The differential equations of a linear mammillary model in amounts: depot (if any), central,
 * then peripheral compartments.
 */
public final class LinearCompartmentOde implements OdeModel {

  private final PkModel model;
  private final int central;

  /** Equations for the given structure. */
  public LinearCompartmentOde(PkModel model) {
    this.model = model;
    this.central = model.firstOrderAbsorption() ? 1 : 0;
  }

  @Override
  public int dimension() {
    return central + model.compartments();
  }

  @Override
  public int centralIndex() {
    return central;
  }

  @Override
  public int depotIndex() {
    return model.firstOrderAbsorption() ? 0 : -1;
  }

  @Override
  public void check(PkParameters p, DosingHistory history) {
    model.check(p, history);
  }

  @Override
  public void derivatives(PkParameters p, double[] a, double[] dadt) {
    double ac = a[central];
    double dc = -p.cl() / p.v1() * ac;
    if (model.firstOrderAbsorption()) {
      double absorbed = p.ka() * a[0];
      dadt[0] = -absorbed;
      dc += absorbed;
    }
    if (model.compartments() >= 2) {
      double toPeripheral = p.q2() / p.v1() * ac - p.q2() / p.v2() * a[central + 1];
      dadt[central + 1] = toPeripheral;
      dc -= toPeripheral;
    }
    if (model.compartments() == 3) {
      double toPeripheral = p.q3() / p.v1() * ac - p.q3() / p.v3() * a[central + 2];
      dadt[central + 2] = toPeripheral;
      dc -= toPeripheral;
    }
    dadt[central] = dc;
  }
}
