package org.medtwin.twin.glucose.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;

class UvaPadovaModelTest {

  private final VirtualPatientCatalog catalog = VirtualPatientCatalog.bundled();

  @Test
  void basalStateIsAnEquilibriumForEveryPatient() {
    // Spec §1: with insulin = u2ss·BW/6000 U/min and no meal all 13 derivatives vanish at x0.
    for (String name : catalog.names()) {
      PatientParameters p = catalog.patient(name).model();
      UvaPadovaModel model = new UvaPadovaModel(p);
      model.inputs(0, p.basalUnitsPerMinute(), 0);
      double[] dx = new double[13];
      model.derivatives(p.x0(), dx);
      for (int i = 0; i < 13; i++) {
        assertThat(dx[i]).as(name + " dx" + (i + 1)).isCloseTo(0.0, within(1e-9));
      }
    }
  }

  @Test
  void eatingFillsTheSolidStomachAtTheEatingRate() {
    // Hand calculation: empty stomach, CHO 5 g/min → dQsto1/dt = 1000·5 = 5000 mg/min, the gut
    // and plasma glucose do not move yet, subcutaneous insulin rises by u·6000/BW.
    PatientParameters p = catalog.patient("adult#001").model();
    UvaPadovaModel model = new UvaPadovaModel(p);
    model.inputs(5, p.basalUnitsPerMinute() + 1.0, 5000);
    double[] dx = new double[13];
    model.derivatives(p.x0(), dx);
    assertThat(dx[UvaPadovaModel.QSTO1]).isEqualTo(5000.0);
    assertThat(dx[UvaPadovaModel.QSTO2]).isEqualTo(0.0);
    assertThat(dx[UvaPadovaModel.GP]).isCloseTo(0.0, within(1e-9));
    assertThat(dx[UvaPadovaModel.ISC1]).isCloseTo(6000.0 / p.bw(), within(1e-9));
  }

  @Test
  void gastricEmptyingIsAtItsFastestWithNoMealDose() {
    // kempt = kmax when D̄ = 0 (spec §3.1): dQsto2/dt = kmax·Qsto1 − kmax·Qsto2.
    PatientParameters p = catalog.patient("child#003").model();
    UvaPadovaModel model = new UvaPadovaModel(p);
    model.inputs(0, 0, 0);
    double[] x = p.x0();
    x[UvaPadovaModel.QSTO1] = 1000;
    x[UvaPadovaModel.QSTO2] = 400;
    double[] dx = new double[13];
    model.derivatives(x, dx);
    assertThat(dx[UvaPadovaModel.QSTO2]).isCloseTo(p.kmax() * 1000 - p.kmax() * 400, within(1e-9));
  }

  @Test
  void gastricEmptyingSlowsToKminMidwayThroughALargeMeal() {
    // With Qsto = D̄·(b+d)/2 (between the two tanh knees, b≈0.7..0.9, d≈0.1..0.3 of the dose)
    // both tanh terms are ≈ ±1 for a 75 g dose, so kempt ≈ kmin (Dalla Man 2007, eq. for kempt).
    PatientParameters p = catalog.patient("adult#001").model();
    UvaPadovaModel model = new UvaPadovaModel(p);
    double dose = 75_000;
    model.inputs(0, 0, dose);
    double[] x = p.x0();
    x[UvaPadovaModel.QSTO1] = 0;
    x[UvaPadovaModel.QSTO2] = dose * (p.b() + p.d()) / 2;
    double[] dx = new double[13];
    model.derivatives(x, dx);
    double kempt = -dx[UvaPadovaModel.QSTO2] / x[UvaPadovaModel.QSTO2];
    assertThat(kempt).isCloseTo(p.kmin(), within(0.05 * (p.kmax() - p.kmin())));
  }

  @Test
  void negativeGlucoseMassStopsChanging() {
    PatientParameters p = catalog.patient("adult#002").model();
    UvaPadovaModel model = new UvaPadovaModel(p);
    model.inputs(0, 0, 0);
    double[] x = p.x0();
    x[UvaPadovaModel.GP] = -1;
    double[] dx = new double[13];
    model.derivatives(x, dx);
    assertThat(dx[UvaPadovaModel.GP]).isZero();
  }
}
