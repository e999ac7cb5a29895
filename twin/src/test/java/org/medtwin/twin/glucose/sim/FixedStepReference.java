package org.medtwin.twin.glucose.sim;

import org.medtwin.twin.glucose.model.UvaPadovaModel;
import org.medtwin.twin.glucose.patient.PatientParameters;

/**
 * A second, deliberately plain simulator for tests: classical fourth-order Runge–Kutta with a
 * fixed sub-step, and the meal bookkeeping of spec §4 written out again from the spec text.
 */
final class FixedStepReference {

  private final PatientParameters p;
  private final UvaPadovaModel model;
  private final int substeps;
  private final double[] x;
  private double toEat;
  private double lastRate;
  private double stomachAtStart;
  private double eaten;

  FixedStepReference(PatientParameters p, int substeps) {
    this.p = p;
    this.model = new UvaPadovaModel(p);
    this.substeps = substeps;
    this.x = p.x0();
  }

  void step(double announcedGrams, double insulinUnitsPerMinute) {
    toEat += announcedGrams;
    double rate = Math.min(5.0, toEat);
    toEat -= rate;
    if (rate > 0 && lastRate <= 0) {
      stomachAtStart = x[0] + x[1];
      eaten = 0;
    }
    eaten += rate;
    lastRate = rate;
    model.inputs(rate, insulinUnitsPerMinute, stomachAtStart + 1000 * eaten);
    double h = 1.0 / substeps;
    int n = x.length;
    double[] k1 = new double[n], k2 = new double[n], k3 = new double[n], k4 = new double[n];
    double[] y = new double[n];
    for (int s = 0; s < substeps; s++) {
      model.derivatives(x, k1);
      for (int i = 0; i < n; i++) y[i] = x[i] + h / 2 * k1[i];
      model.derivatives(y, k2);
      for (int i = 0; i < n; i++) y[i] = x[i] + h / 2 * k2[i];
      model.derivatives(y, k3);
      for (int i = 0; i < n; i++) y[i] = x[i] + h * k3[i];
      model.derivatives(y, k4);
      for (int i = 0; i < n; i++) x[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
  }

  double plasmaGlucose() {
    return x[UvaPadovaModel.GP] / p.vg();
  }
}
