package org.medtwin.pharma.pkpd.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.OralDose;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.model.ConcentrationPredictor;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;

class ExposureCalculatorTest {

  private static ExposureMetrics metrics(
      PkModel model, PkParameters p, DosingHistory h, double start, double end, double threshold) {
    ConcentrationPredictor pk = model.closedForm();
    return ExposureCalculator.standard().compute(
        (t, out) -> pk.concentrations(p, h, t, out), h, p.tlag(), start, end, threshold);
  }

  @Test
  void bolusAreaPeakAndTimeAboveMatchHandCalculation() {
    // D 500 mg, V 25 L, CL 5 L/h (k 0.2): AUC(0-48) = D/CL (1 - e^-9.6) = 100 (1 - e^-9.6);
    // C0 = 20 mg/L; C > 5 for t < ln(4)/0.2 = 6.931471805599453 h.
    ExposureMetrics m = metrics(PkModel.oneCompartmentIv(), PkParameters.oneCompartment(5, 25),
        DosingHistory.of(BolusDose.of(0, 500)), 0, 48, 5);
    assertThat(m.auc()).isCloseTo(100 * (1 - Math.exp(-9.6)), within(1e-6));
    assertThat(m.cmax()).isCloseTo(20, within(1e-9));
    assertThat(m.tmax()).isZero();
    assertThat(m.timeAbove()).isCloseTo(Math.log(4) / 0.2, within(1e-6));
    assertThat(m.ctrough()).isCloseTo(20 * Math.exp(-9.6), within(1e-9));
  }

  @Test
  void oralPeakIsFoundAtTheTextbookTmax() {
    // ka 1.2, k 0.1: tmax = ln(ka/k)/(ka-k) = 2.2590060452618186 h (Rowland & Tozer ch. 7).
    double tmax = 2.2590060452618186;
    double cmax = 0.8 * 400 * 1.2 / (40 * 1.1) * (Math.exp(-0.1 * tmax) - Math.exp(-1.2 * tmax));
    ExposureMetrics m = metrics(PkModel.oneCompartmentOral(),
        PkParameters.oneCompartmentOral(1.2, 4, 40, 0.8, 0), DosingHistory.of(OralDose.of(0, 400)),
        0, 24, Double.NaN);
    assertThat(m.tmax()).isCloseTo(tmax, within(1e-6));
    assertThat(m.cmax()).isCloseTo(cmax, within(1e-10));
  }

  @Test
  void steadyStateInfusionTroughAndAucFollowRowlandTozer() {
    // 1000 mg over 1 h q12h, CL 4 L/h, V 50 L (k 0.08). At steady state (R&T ch. 10):
    // AUC(tau) = D/CL = 250; Cmax = R/CL (1-e^-kD)/(1-e^-k tau), Ctrough = Cmax e^-k(tau-D).
    PkParameters p = PkParameters.oneCompartment(4, 50);
    Regimen r = Regimen.infusion(1000, 12, 1);
    double k = 0.08;
    double peak = 1000.0 / 4 * (1 - Math.exp(-k)) / (1 - Math.exp(-k * 12));
    double trough = peak * Math.exp(-k * 11);
    SteadyStateExposure ss = new SteadyStateExposure(PkModel.oneCompartmentIv(), p);
    assertThat(ss.auc24(r)).isCloseTo(500, within(1e-9));
    assertThat(ss.peak(r)).isCloseTo(peak, within(1e-9));
    assertThat(ss.trough(r)).isCloseTo(trough, within(1e-9));
    // The same from a long explicit history, over its last interval.
    DosingHistory many = r.history(80);
    ExposureMetrics m = metrics(PkModel.oneCompartmentIv(), p, many, 79 * 12, 80 * 12, Double.NaN);
    assertThat(m.auc()).isCloseTo(250, within(1e-4));
    assertThat(m.cmax()).isCloseTo(peak, within(1e-6));
    assertThat(m.ctrough()).isCloseTo(trough, within(1e-6));
  }

  @Test
  void steadyStateOralPeakOfATwoCompartmentModelIsTheProfileMaximum() {
    PkParameters p = PkParameters.twoCompartment(3, 20, 5, 40).withAbsorption(1.1, 0.9, 0.5);
    Regimen r = Regimen.oral(250, 8);
    SteadyStateExposure ss = new SteadyStateExposure(new PkModel(2, true), p);
    double best = 0;
    for (int i = 0; i <= 80_000; i++) {
      best = Math.max(best, ss.at(r, 8.0 * i / 80_000));
    }
    assertThat(ss.peak(r)).isCloseTo(best, within(1e-7)).isGreaterThanOrEqualTo(best - 1e-12);
    // AUC over an interval at steady state is F D / CL whatever the model (R&T ch. 10).
    assertThat(ss.auc24(r)).isCloseTo(0.9 * 250 / 3 * 3, within(1e-9));
  }
}
