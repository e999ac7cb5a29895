package org.medtwin.pharma.pkpd.dosefinding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;

class DoseOptimizerTest {

  private static final ExposureTarget AUC = ExposureTarget.parse("auc24:400-600");

  @Test
  void knownPatientGetsTheRegimenCentredOnTheTarget() {
    // CL 4 L/h: AUC24 = 24 D / (tau CL) = 6 D / tau. Centre 500 needs D/tau = 83.33 mg/h: from
    // the 250 mg grid, 1000 q12h, 2000 q24h, 500 q6h (all 500 exactly); ties go to the smaller
    // daily dose (equal), the longer interval, the shorter infusion allowed by the 1000 mg/h rate limit: 2000 mg q24h over 2 h.
    DoseOptimizer optimizer =
        new DoseOptimizer(PkModel.oneCompartmentIv(), List.of(AUC), "mg", "h");
    RegimenGrid grid = new RegimenGrid(Regimen.Route.INFUSION,
        List.of(250.0, 500.0, 750.0, 1000.0, 1250.0, 1500.0, 1750.0, 2000.0),
        List.of(6.0, 12.0, 24.0), List.of(1.0, 2.0), 1000);
    DosingRecommendation rec = optimizer.recommend(grid.regimens(),
        List.of(PkParameters.oneCompartment(4, 50)), 3);
    assertThat(rec.best().regimen()).isEqualTo(Regimen.infusion(2000, 24, 2));
    assertThat(rec.best().probability()).isEqualTo(1.0);
    assertThat(rec.best().medianAuc24()).isCloseTo(500, within(1e-9));
    assertThat(rec.reason()).contains("2000 mg q24h over 2 h").contains("100%");
    assertThat(rec.runnersUp()).hasSize(3).extracting(o -> o.regimen().amount() + "q" + o.regimen().interval())
        .doesNotHaveDuplicates().doesNotContain("2000.0q24.0");
  }

  @Test
  void probabilityIsTheShareOfDrawsInTheTarget() {
    // CL = 4 exp(0.3 z) at 4001 normal quantiles z: P(400 <= 500 exp(-0.3 z) <= 600)
    // = Phi(ln(1.25)/0.3) - Phi(ln(5/6)/0.3) (hand calculation).
    NormalDistribution normal = new NormalDistribution();
    List<PkParameters> draws = new ArrayList<>();
    int n = 4001;
    for (int i = 0; i < n; i++) {
      double z = normal.inverseCumulativeProbability((i + 0.5) / n);
      draws.add(PkParameters.oneCompartment(4 * Math.exp(0.3 * z), 50));
    }
    DoseOptimizer optimizer =
        new DoseOptimizer(PkModel.oneCompartmentIv(), List.of(AUC), "mg", "h");
    RegimenOption option =
        optimizer.rank(List.of(Regimen.infusion(1000, 12, 1)), draws).get(0);
    double expected = normal.cumulativeProbability(Math.log(1.25) / 0.3)
        - normal.cumulativeProbability(Math.log(5.0 / 6) / 0.3);
    assertThat(option.probability()).isCloseTo(expected, within(2.0 / n));
  }

  @Test
  void troughTargetPicksARegimenWhoseTroughIsInRange() {
    // 1-cpt, CL 4, V 50 (k 0.08). Trough of D over 1 h every tau (Rowland & Tozer ch. 10):
    // D/CL (1 - e^-k) / (1 - e^-k tau) e^-k(tau - 1).
    PkParameters p = PkParameters.oneCompartment(4, 50);
    DoseOptimizer optimizer = new DoseOptimizer(PkModel.oneCompartmentIv(),
        List.of(ExposureTarget.parse("trough:10-15")), "mg", "h");
    DosingRecommendation rec = optimizer.recommend(
        RegimenGrid.standard(Regimen.Route.INFUSION, 250, 3000, 1000).regimens(), List.of(p), 2);
    Regimen best = rec.best().regimen();
    double k = 0.08;
    double d = best.infusionDuration();
    double tau = best.interval();
    double trough = best.amount() / d / 4 * (1 - Math.exp(-k * d)) / (1 - Math.exp(-k * tau))
        * Math.exp(-k * (tau - d));
    assertThat(trough).isBetween(10.0, 15.0);
    assertThat(rec.best().medianTrough()).isCloseTo(trough, within(1e-9));
  }

  @Test
  void refusesAGridTooLargeToHoldInsteadOfRunningOutOfMemory() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RegimenGrid.standard(Regimen.Route.INFUSION, 0.0001, 4000, 1000))
        .hasMessageContaining("Maybe the step is in the wrong unit?");
  }
}
