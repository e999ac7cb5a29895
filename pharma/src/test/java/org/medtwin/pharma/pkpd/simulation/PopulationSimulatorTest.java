package org.medtwin.pharma.pkpd.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.population.ParameterModel;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.population.RandomEffects;
import org.medtwin.pharma.pkpd.population.Units;

class PopulationSimulatorTest {

  private static PopulationModel oneCompartment(double omegaCl) {
    Map<String, ParameterModel> params = new LinkedHashMap<>();
    params.put("cl", new ParameterModel("cl", 4, "L/h", List.of(), 0));
    params.put("v1", new ParameterModel("v1", 50, "L", List.of(), 0));
    return new PopulationModel("test", "drug", "d", "c", "s", "", Units.mgLiterHour(),
        PkModel.oneCompartmentIv(), params,
        new RandomEffects(List.of("cl"), new double[][] {{omegaCl}}), Optional.empty(), List.of());
  }

  @Test
  void targetAttainmentMatchesTheLogNormalProbability() {
    // AUC24,ss = 24 D / (tau CL) with CL = 4 exp(eta), eta ~ N(0, 0.09): 1000 mg q12h gives
    // AUC24 = 500 exp(-eta); P(400 <= AUC24 <= 600) = P(ln(500/600) <= eta <= ln(500/400))
    // = Phi(ln(1.25)/0.3) - Phi(ln(5/6)/0.3) (hand calculation with the normal CDF).
    PopulationModel model = oneCompartment(0.09);
    PopulationSimulator sim = new PopulationSimulator(model);
    List<VirtualPatient> patients = sim.sample(List.of(Map.of()), 8_000, 7);
    Regimen r = Regimen.infusion(1000, 12, 1);
    PopulationSimulator.Result result = sim.simulate(patients, r.history(14), new double[] {0, 12},
        6 * 24, 7 * 24, Double.NaN);
    NormalDistribution z = new NormalDistribution();
    double expected = z.cumulativeProbability(Math.log(1.25) / 0.3)
        - z.cumulativeProbability(Math.log(5.0 / 6) / 0.3);
    // Day 7 of q12h with t1/2 8.7 h is at steady state to within e^-(0.08*144) = 1e-5.
    double pta = result.targetAttainment(new ExposureTarget(ExposureTarget.Metric.AUC24, 400, 600));
    assertThat(pta).isCloseTo(expected, within(0.02)); // binomial sd sqrt(p(1-p)/n) = 0.0055
  }

  @Test
  void sameSeedGivesTheSamePatientsAndPercentilesBracketTheMedian() {
    PopulationSimulator sim = new PopulationSimulator(oneCompartment(0.09));
    List<VirtualPatient> a = sim.sample(List.of(Map.of()), 500, 11);
    List<VirtualPatient> b = sim.sample(List.of(Map.of()), 500, 11);
    assertThat(a.get(499).parameters()).isEqualTo(b.get(499).parameters());
    PopulationSimulator.Result r = sim.simulate(a, Regimen.bolus(500, 12).history(4),
        new double[] {1, 6, 11}, 0, 48, 5);
    double[] p5 = r.percentile(5);
    double[] p50 = r.percentile(50);
    double[] p95 = r.percentile(95);
    for (int t = 0; t < 3; t++) {
      assertThat(p5[t]).isLessThan(p50[t]);
      assertThat(p50[t]).isLessThan(p95[t]);
    }
  }
}
