package org.medtwin.pharma.pkpd.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.data.Measurement;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.ParameterModel;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.population.RandomEffects;
import org.medtwin.pharma.pkpd.population.ResidualError;
import org.medtwin.pharma.pkpd.population.Units;
import org.medtwin.pharma.pkpd.simulation.ExposureCalculator;

class MapEstimatorTest {

  private static final PatientCovariates NONE = PatientCovariates.constant(Map.of());
  private static final DosingHistory BOLUS = DosingHistory.of(BolusDose.of(0, 500));

  /** CL = 5 exp(eta), V = 25 L, bolus 500 mg: f(t) = 20 exp(-0.2 exp(eta) t). */
  private static PopulationModel model(double omega2, double sigma) {
    Map<String, ParameterModel> params = new LinkedHashMap<>();
    params.put("cl", new ParameterModel("cl", 5, "L/h", List.of(), 0));
    params.put("v1", new ParameterModel("v1", 25, "L", List.of(), 0));
    return new PopulationModel("t", "d", "x", "c", "s", "", Units.mgLiterHour(),
        org.medtwin.pharma.pkpd.model.PkModel.oneCompartmentIv(), params,
        new RandomEffects(List.of("cl"), new double[][] {{omega2}}),
        Optional.of(new ResidualError(ResidualError.Type.ADDITIVE, sigma, 0)), List.of());
  }

  private static double f(double eta, double t) {
    return 20 * Math.exp(-0.2 * Math.exp(eta) * t);
  }

  @Test
  void flatPriorRecoversTheClearanceThatFitsTheLevelExactly() {
    // y(4) = 10 = 20 exp(-CL 4 / 25) -> CL = 25 ln 2 / 4 = 4.332169878499658 (hand calculation).
    MapEstimate map = new MapEstimator(model(100, 0.1))
        .estimate(NONE, BOLUS, List.of(Measurement.of(4, 10)));
    assertThat(map.parameters().cl()).isCloseTo(25 * Math.log(2) / 4, within(1e-5));
  }

  @Test
  void posteriorModeMeanAndSpreadMatchNumericalIntegration() {
    double omega2 = 0.09;
    double sigma = 1.0;
    List<Measurement> levels = List.of(Measurement.of(2, 16.0), Measurement.of(8, 5.5));
    // Posterior of eta on a fine grid, written out independently of the engine.
    double step = 1e-4;
    double best = Double.NEGATIVE_INFINITY;
    double bestEta = 0;
    double z = 0;
    double m1 = 0;
    double m2 = 0;
    for (double eta = -2; eta <= 2; eta += step) {
      double r1 = (16.0 - f(eta, 2)) / sigma;
      double r2 = (5.5 - f(eta, 8)) / sigma;
      double logp = -0.5 * (r1 * r1 + r2 * r2 + eta * eta / omega2);
      if (logp > best) {
        best = logp;
        bestEta = eta;
      }
      double w = Math.exp(logp);
      z += w;
      m1 += w * eta;
      m2 += w * eta * eta;
    }
    double mean = m1 / z;
    double sd = Math.sqrt(m2 / z - mean * mean);

    MapEstimator estimator = new MapEstimator(model(omega2, sigma));
    MapEstimate map = estimator.estimate(NONE, BOLUS, levels);
    assertThat(map.randomEffects()[0]).isCloseTo(bestEta, within(2e-4));
    assertThat(map.standardDeviation(0)).isCloseTo(sd, within(0.1 * sd));
    PosteriorSample sample = new PosteriorSampler(estimator)
        .sample(map, NONE, BOLUS, levels, 20_000, 4_000, 3);
    assertThat(sample.mean(0)).isCloseTo(mean, within(0.05 * sd));
    assertThat(sample.sd(0)).isCloseTo(sd, within(0.05 * sd));
  }

  @Test
  void belowLimitSampleUsesTheM3LikelihoodAndRaisesClearance() {
    // Only a sample below 2 mg/L at 12 h. M3: posterior ~ exp(-eta^2/(2 w)) Phi((2 - f)/sigma).
    double omega2 = 0.09;
    double sigma = 0.5;
    NormalDistribution normal = new NormalDistribution();
    double best = Double.NEGATIVE_INFINITY;
    double bestEta = 0;
    for (double eta = -2; eta <= 2; eta += 1e-5) {
      double logp = -0.5 * eta * eta / omega2
          + Math.log(normal.cumulativeProbability((2 - f(eta, 12)) / sigma));
      if (logp > best) {
        best = logp;
        bestEta = eta;
      }
    }
    MapEstimate map = new MapEstimator(model(omega2, sigma))
        .estimate(NONE, BOLUS, List.of(Measurement.belowLimit(12, 2)));
    assertThat(bestEta).isPositive();
    assertThat(map.randomEffects()[0]).isCloseTo(bestEta, within(1e-4));
  }

  @Test
  void gotiPatientMatchesPosologyrsPublishedExample() throws Exception {
    // posologyr (Leven et al.) test "mod_vancomycin_Goti2018", patient B: 2000 mg over 2 h at 0,
    // 1000 mg over 2 h at 24.2 h; levels 12 mg/L at 13 h and 9.5 mg/L at 48 h; CRCL 65 mL/min,
    // 70 kg, no dialysis. posologyr's MAP gives AUC(24-48 h) = 325.3071 mg.h/L.
    PopulationModel goti = ModelLibrary.shipped().model("vancomycin-goti-2018");
    PatientCovariates covariates =
        PatientCovariates.constant(Map.of("CRCL", 65.0, "WT", 70.0, "DIAL", 0.0));
    DosingHistory doses = DosingHistory.of(InfusionDose.ofDuration(0, 2000, 2),
        InfusionDose.ofDuration(24.2, 1000, 2));
    MapEstimate map = new MapEstimator(goti).estimate(covariates, doses,
        List.of(Measurement.of(13, 12), Measurement.of(48, 9.5)));
    PkParameters p = map.parameters();
    var pk = goti.structure().closedForm();
    double auc = ExposureCalculator.standard()
        .compute((t, out) -> pk.concentrations(p, doses, t, out), doses, 0, 24, 48, Double.NaN)
        .auc();
    assertThat(auc).isCloseTo(325.3071, within(325.3071 * 0.005));
  }
}
