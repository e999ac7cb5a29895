package org.medtwin.pharma.pkpd.pd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;

class PharmacodynamicsTest {

  @Test
  void emaxGivesHalfTheMaximumAtEc50AndSigmoidSteepensIt() {
    // E = E0 + Emax C^n / (EC50^n + C^n) (Gabrielsson & Weiner ch. 2), by hand:
    EmaxModel emax = EmaxModel.hyperbolic(10, 90, 4);
    assertThat(emax.effect(4)).isCloseTo(55, within(1e-12));
    assertThat(emax.effect(12)).isCloseTo(10 + 90 * 0.75, within(1e-12));
    EmaxModel sigmoid = new EmaxModel(0, 100, 4, 3);
    // C = 8: 512 / (64 + 512) = 0.888..., C = 2: 8 / 72 = 0.111...
    assertThat(sigmoid.effect(8)).isCloseTo(100 * 512.0 / 576, within(1e-12));
    assertThat(sigmoid.effect(2)).isCloseTo(100 * 8.0 / 72, within(1e-12));
  }

  @Test
  void indirectResponsesSettleAtTheirHandCalculatedSteadyStates() {
    // Constant C = IC50: drug term = max / 2. Steady states (Dayneka, Garg & Jusko 1993):
    // I: kin (1 - I/2) / kout; II: kin / (kout (1 - I/2)); III: kin (1 + E/2) / kout;
    // IV: kin / (kout (1 + E/2)). kin 10, kout 0.5, max 0.8 (I, II) or 2 (III, IV).
    double[] times = {0, 200};
    double c = 3;
    assertThat(new IndirectResponse(IndirectResponse.Type.INHIBIT_PRODUCTION, 10, 0.5, 0.8, c)
        .simulate(t -> c, times)[1]).isCloseTo(20 * 0.6, within(1e-6));
    assertThat(new IndirectResponse(IndirectResponse.Type.INHIBIT_LOSS, 10, 0.5, 0.8, c)
        .simulate(t -> c, times)[1]).isCloseTo(20 / 0.6, within(1e-6));
    assertThat(new IndirectResponse(IndirectResponse.Type.STIMULATE_PRODUCTION, 10, 0.5, 2, c)
        .simulate(t -> c, times)[1]).isCloseTo(40, within(1e-6));
    assertThat(new IndirectResponse(IndirectResponse.Type.STIMULATE_LOSS, 10, 0.5, 2, c)
        .simulate(t -> c, times)[1]).isCloseTo(10, within(1e-6));
    // Without drug the response stays at baseline kin / kout.
    assertThat(new IndirectResponse(IndirectResponse.Type.INHIBIT_PRODUCTION, 10, 0.5, 0.8, c)
        .simulate(t -> 0, new double[] {0, 5, 50})).containsOnly(20.0);
  }

  @Test
  void effectSiteLagsPlasmaAsTheLinkModelPredicts() {
    // IV bolus, 1-cpt (k = 0.2), ke0 = 1: Ce(t) = C0 ke0 / (ke0 - k) (e^-kt - e^-ke0 t)
    // (Sheiner et al. 1979); C0 = 500 / 25 = 20.
    EffectCompartment link = new EffectCompartment(PkModel.oneCompartmentIv(), 1.0);
    double[] ce = link.concentrations(PkParameters.oneCompartment(5, 25),
        DosingHistory.of(BolusDose.of(0, 500)), new double[] {0, 1, 3});
    assertThat(ce[0]).isZero();
    for (int i = 1; i < 3; i++) {
      double t = i == 1 ? 1 : 3;
      assertThat(ce[i]).isCloseTo(20 / 0.8 * (Math.exp(-0.2 * t) - Math.exp(-t)), within(1e-9));
    }
  }

  @Test
  void inrStartsAtBaselineAndReachesTheSteadyStateOfAConstantConcentration() {
    InrResponse inr = new InrResponse(1, 0.424, 11.6, 120, 6, 1, 20, 3.61,
        Map.of(0, 4.61, 1, 3.02, 2, 2.20), 0, 0, 0);
    double c = 0.5;
    double ec50 = inr.ec50(1);
    // At steady state every compartment equals E = 1 - C^g / (EC50^g + C^g), so
    // INR = 1 + 20 (1 - E^2)^3.61 (Hamberg 2007 structure, by hand).
    double e = 1 - Math.pow(c, 0.424) / (Math.pow(ec50, 0.424) + Math.pow(c, 0.424));
    double expected = 1 + 20 * Math.pow(1 - e * e, 3.61);
    double[] course = inr.simulate(t -> c, new double[] {0, 24, 3000}, ec50, 11.6, 120);
    assertThat(course[0]).isEqualTo(1.0);
    assertThat(course[1]).isGreaterThan(1.0).isLessThan(expected);
    assertThat(course[2]).isCloseTo(expected, within(1e-6));
    assertThat(inr.steadyStateInr(c, ec50)).isCloseTo(expected, within(1e-12));
  }
}
