package org.medtwin.pharma.pkpd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.OralDose;
import org.medtwin.pharma.pkpd.dosing.SteadyState;

/**
 * Closed-form predictions against the textbook equations (Rowland & Tozer, Clinical
 * Pharmacokinetics and Pharmacodynamics, 4th ed., ch. 3, 7, 10 and 11; Gibaldi & Perrier,
 * Pharmacokinetics, 2nd ed., ch. 1-3), evaluated by hand for the numbers below.
 */
class ClosedFormTextbookTest {

  private static final double EPS = 1e-9;

  @Test
  void oneCompartmentBolusDecaysMonoexponentially() {
    // D = 500 mg, V = 25 L, CL = 5 L/h: k = 0.2/h, C(4 h) = 20 mg/L * exp(-0.8) = 8.986579282344431.
    PkParameters p = PkParameters.oneCompartment(5, 25);
    double c = PkModel.oneCompartmentIv().closedForm()
        .concentration(p, DosingHistory.of(BolusDose.of(0, 500)), 4);
    assertThat(c).isCloseTo(8.986579282344431, within(EPS));
  }

  @Test
  void oneCompartmentOralFollowsBatemanFunction() {
    // F = 0.8, D = 400 mg, ka = 1.2/h, V = 40 L, CL = 4 L/h (k = 0.1/h):
    // C = F D ka / (V (ka - k)) (e^-kt - e^-ka t); C(2) = 6.353566252700242, C(8) = 3.920825326959105.
    PkParameters p = PkParameters.oneCompartmentOral(1.2, 4, 40, 0.8, 0);
    ConcentrationPredictor pk = PkModel.oneCompartmentOral().closedForm();
    double[] c = pk.concentrations(p, DosingHistory.of(OralDose.of(0, 400)), new double[] {2, 8});
    assertThat(c[0]).isCloseTo(6.353566252700242, within(EPS));
    assertThat(c[1]).isCloseTo(3.920825326959105, within(EPS));
  }

  @Test
  void lagTimeShiftsTheOralProfile() {
    // Same dose with a 0.5 h lag: C(2.5) equals C(2) without lag; nothing before the lag.
    PkParameters p = PkParameters.oneCompartmentOral(1.2, 4, 40, 0.8, 0.5);
    ConcentrationPredictor pk = PkModel.oneCompartmentOral().closedForm();
    DosingHistory h = DosingHistory.of(OralDose.of(0, 400));
    assertThat(pk.concentration(p, h, 2.5)).isCloseTo(6.353566252700242, within(EPS));
    assertThat(pk.concentration(p, h, 0.4)).isZero();
  }

  @Test
  void infusionRisesToRateOverClearanceAndDecaysAfterwards() {
    // R = 100 mg/h over 6 h, CL = 5 L/h, V = 50 L (k = 0.1/h):
    // C(6) = R/CL (1 - e^-0.6) = 20 (1 - 0.548811636) = 9.02376728; C(10) = C(6) e^-0.4.
    PkParameters p = PkParameters.oneCompartment(5, 50);
    ConcentrationPredictor pk = PkModel.oneCompartmentIv().closedForm();
    DosingHistory h = DosingHistory.of(InfusionDose.ofRate(0, 600, 100));
    double end = 20 * (1 - Math.exp(-0.6));
    assertThat(pk.concentration(p, h, 6)).isCloseTo(end, within(EPS));
    assertThat(pk.concentration(p, h, 10)).isCloseTo(end * Math.exp(-0.4), within(EPS));
  }

  @Test
  void steadyStateBolusPeakAndTroughFollowAccumulationFactor() {
    // Rowland & Tozer ch. 10: Cmax,ss = (D/V) / (1 - e^-k tau), Cmin,ss = Cmax,ss e^-k tau.
    // D = 100 mg, V = 10 L, CL = 1 L/h (k = 0.1), tau = 8 h: R = 1/(1 - e^-0.8) = 1.816503...
    PkParameters p = PkParameters.oneCompartment(1, 10);
    ConcentrationPredictor pk = PkModel.oneCompartmentIv().closedForm();
    DosingHistory h = DosingHistory.of(new BolusDose(0, 100, SteadyState.reset(8)));
    double peak = 10 / (1 - Math.exp(-0.8));
    assertThat(pk.concentration(p, h, 0)).isCloseTo(peak, within(EPS));
    assertThat(pk.concentration(p, h, 8)).isCloseTo(peak * Math.exp(-0.8), within(EPS));
  }

  @Test
  void repeatedBolusesApproachTheSteadyState() {
    // 60 doses q8h with t1/2 = 6.93 h: after the last dose the profile equals the SS profile
    // within e^-0.1*480 (Rowland & Tozer ch. 10, approach to plateau).
    PkParameters p = PkParameters.oneCompartment(1, 10);
    ConcentrationPredictor pk = PkModel.oneCompartmentIv().closedForm();
    DosingHistory many = org.medtwin.pharma.pkpd.dosing.Regimen.bolus(100, 8).history(60);
    double peak = 10 / (1 - Math.exp(-0.8));
    assertThat(pk.concentration(p, many, 59 * 8 + 3)).isCloseTo(peak * Math.exp(-0.3), within(1e-9));
  }

  @Test
  void steadyStateOralWithLagLongerThanIntervalMatchesShiftedProfile() {
    // One compartment oral at steady state (Gibaldi & Perrier eq. 3.45):
    // C(t') = F D ka / (V (ka-k)) [e^-k t' / (1 - e^-k tau) - e^-ka t' / (1 - e^-ka tau)],
    // t' = time since the dose that is absorbing, i.e. (t - tlag) mod tau.
    double ka = 1.2;
    double k = 0.1;
    double tau = 12;
    double tlag = 13; // longer than the interval
    PkParameters p = PkParameters.oneCompartmentOral(ka, 4, 40, 0.8, tlag);
    ConcentrationPredictor pk = PkModel.oneCompartmentOral().closedForm();
    DosingHistory h = DosingHistory.of(new OralDose(0, 400, SteadyState.reset(tau)));
    for (double t : new double[] {0, 0.5, 1, 3, 11.9, 20}) {
      double tp = ((t - tlag) % tau + tau) % tau;
      double expected = 0.8 * 400 * ka / (40 * (ka - k))
          * (Math.exp(-k * tp) / (1 - Math.exp(-k * tau))
              - Math.exp(-ka * tp) / (1 - Math.exp(-ka * tau)));
      if (t > tau) {
        // After the SS dose's own absorption no further repeats: only doses up to time 0 count.
        expected = 0.8 * 400 * ka / (40 * (ka - k))
            * (Math.exp(-k * (t - tlag)) / (1 - Math.exp(-k * tau))
                - Math.exp(-ka * (t - tlag)) / (1 - Math.exp(-ka * tau)));
      }
      assertThat(pk.concentration(p, h, t)).as("t = %s", t).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void steadyStateInfusionLongerThanIntervalIsAConstantInfusion() {
    // 240 mg over 24 h every 12 h: two infusions always overlap, each at 10 mg/h, so the input is
    // a constant 20 mg/h and the steady-state concentration is 20 / CL = 4 mg/L at every time.
    PkParameters p = PkParameters.oneCompartment(5, 50);
    ConcentrationPredictor pk = PkModel.oneCompartmentIv().closedForm();
    DosingHistory h = DosingHistory.of(
        new InfusionDose(0, 240, 10, false, SteadyState.reset(12)));
    for (double t : new double[] {0, 1, 6, 11.99}) {
      assertThat(pk.concentration(p, h, t)).isCloseTo(4.0, within(1e-9));
    }
    // After time 0 no new infusions start: the last one runs to 24 h, the one before to 12 h.
    // At 18 h only one infusion (10 mg/h) runs: C(18) = 2 + 2 e^{-0.1*6} (hand superposition).
    assertThat(pk.concentration(p, h, 18)).isCloseTo(2 + 2 * Math.exp(-0.6), within(1e-9));
  }

  @Test
  void changedDoseAfterSteadyStateAddsToTheDecayingSteadyState() {
    // SS at 100 mg q8h (IV bolus, V 10 L, k 0.1/h) until time 0, then 50 mg at 8 h:
    // C(10) = Cmax,ss e^-1.0 + 5 e^-0.2.
    PkParameters p = PkParameters.oneCompartment(1, 10);
    ConcentrationPredictor pk = PkModel.oneCompartmentIv().closedForm();
    DosingHistory h = DosingHistory.of(
        new BolusDose(0, 100, SteadyState.reset(8)), BolusDose.of(8, 50));
    double peak = 10 / (1 - Math.exp(-0.8));
    assertThat(pk.concentration(p, h, 10))
        .isCloseTo(peak * Math.exp(-1.0) + 5 * Math.exp(-0.2), within(EPS));
  }

  @Test
  void steadyStateResetForgetsEarlierDoses() {
    PkParameters p = PkParameters.oneCompartment(1, 10);
    ConcentrationPredictor pk = PkModel.oneCompartmentIv().closedForm();
    DosingHistory h = DosingHistory.of(
        BolusDose.of(-5, 1000), new BolusDose(0, 100, SteadyState.reset(8)));
    assertThat(pk.concentration(p, h, 2))
        .isCloseTo(10 / (1 - Math.exp(-0.8)) * Math.exp(-0.2), within(EPS));
  }

  @Test
  void steadyStateAddKeepsEarlierDoses() {
    PkParameters p = PkParameters.oneCompartment(1, 10);
    ConcentrationPredictor pk = PkModel.oneCompartmentIv().closedForm();
    DosingHistory h = DosingHistory.of(
        BolusDose.of(-5, 1000), new BolusDose(0, 100, SteadyState.add(8)));
    assertThat(pk.concentration(p, h, 2))
        .isCloseTo(10 / (1 - Math.exp(-0.8)) * Math.exp(-0.2) + 100 * Math.exp(-0.7), within(EPS));
  }

  @Test
  void twoCompartmentBolusIsBiexponentialWithHandMacroConstants() {
    // V1 = 10 L, CL = 2, Q = 3, V2 = 20: k10 = 0.2, k12 = 0.3, k21 = 0.15.
    // alpha + beta = 0.65, alpha beta = 0.03 -> alpha = 0.6, beta = 0.05;
    // A = (alpha - k21) / (alpha - beta) / V1 = 9/110, B = (k21 - beta) / (alpha - beta) / V1 = 2/110.
    PkParameters p = PkParameters.twoCompartment(2, 10, 3, 20);
    ConcentrationPredictor pk = new PkModel(2, false).closedForm();
    DosingHistory h = DosingHistory.of(BolusDose.of(0, 110));
    for (double t : new double[] {0, 1, 5, 24}) {
      assertThat(pk.concentration(p, h, t))
          .isCloseTo(9 * Math.exp(-0.6 * t) + 2 * Math.exp(-0.05 * t), within(EPS));
    }
  }

  @Test
  void threeCompartmentResponseHasTheModelsInvariants() {
    // Independent facts of any mammillary model: C(0) = D/V1; initial slope -(k10+k12+k13) D/V1;
    // area under the curve D/CL; eigenvalues sum to the trace and multiply to k10 k21 k31.
    PkParameters p = PkParameters.threeCompartment(3, 12, 5, 30, 1, 80);
    PkModel model = new PkModel(3, false);
    ExponentialSum r = model.centralResponse(p);
    double k10 = 0.25, k12 = 5.0 / 12, k13 = 1.0 / 12, k21 = 5.0 / 30, k31 = 1.0 / 80;
    double sum = 0, product = 1, slope = 0;
    for (int i = 0; i < 3; i++) {
      sum += r.rateConstant(i);
      product *= r.rateConstant(i);
      slope -= r.coefficient(i) * r.rateConstant(i);
    }
    assertThat(r.bolus(0)).isCloseTo(1 / 12.0, within(1e-12));
    assertThat(slope).isCloseTo(-(k10 + k12 + k13) / 12, within(1e-12));
    assertThat(r.area()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(sum).isCloseTo(k10 + k12 + k13 + k21 + k31, within(1e-12));
    assertThat(product).isCloseTo(k10 * k21 * k31, within(1e-15));
  }
}
