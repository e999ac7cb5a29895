package org.medtwin.pharma.pkpd.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RandomEffectsTest {

  @Test
  void samplesReproduceTheFullCovarianceMatrix() {
    double[][] omega = {{0.09, 0.03}, {0.03, 0.04}};
    RandomEffects re = new RandomEffects(List.of("cl", "v1"), omega);
    Random random = new Random(42);
    int n = 200_000;
    double s00 = 0, s01 = 0, s11 = 0;
    double[] eta = new double[2];
    for (int i = 0; i < n; i++) {
      re.sample(random, eta);
      s00 += eta[0] * eta[0];
      s01 += eta[0] * eta[1];
      s11 += eta[1] * eta[1];
    }
    // Sampling error of a variance estimate ~ sqrt(2/n) * variance = 0.3% here.
    assertThat(s00 / n).isCloseTo(0.09, within(0.002));
    assertThat(s01 / n).isCloseTo(0.03, within(0.002));
    assertThat(s11 / n).isCloseTo(0.04, within(0.001));
  }

  @Test
  void quadraticFormUsesTheInverseCovariance() {
    // Omega = [[4, 2], [2, 3]], inverse = [[3, -2], [-2, 4]] / 8; eta = (1, 1): (3 - 4 + 4) / 8.
    RandomEffects re = new RandomEffects(List.of("a", "b"), new double[][] {{4, 2}, {2, 3}});
    assertThat(re.quadraticForm(new double[] {1, 1})).isCloseTo(3.0 / 8, within(1e-12));
    assertThat(re.logDeterminant()).isCloseTo(Math.log(8), within(1e-12));
  }

  @Test
  void cockcroftGaultMatchesTheOriginalEquation() {
    // Cockcroft & Gault 1976: man, 50 y, 72 kg, SCr 1.25 mg/dL: (140-50)*72/(72*1.25) = 72 mL/min.
    assertThat(CockcroftGault.clearance(50, 72, false, 1.25)).isCloseTo(72, within(1e-12));
    assertThat(CockcroftGault.clearance(50, 72, true, 1.25)).isCloseTo(61.2, within(1e-12));
  }

  @Test
  void timeVaryingCovariatesCarryTheLastValueForward() {
    org.medtwin.pharma.pkpd.data.CovariateHistory history =
        org.medtwin.pharma.pkpd.data.CovariateHistory.fromRecords(List.of(
            record(0, 90), record(24, 60), record(48, 30)));
    PatientCovariates covariates = new PatientCovariates(history);
    assertThat(covariates.value("CRCL", -5)).isEqualTo(90);
    assertThat(covariates.value("CRCL", 23.9)).isEqualTo(90);
    assertThat(covariates.value("CRCL", 24)).isEqualTo(60);
    assertThat(covariates.value("CRCL", 100)).isEqualTo(30);
    assertThat(covariates.changeTimes()).containsExactly(24, 48);
  }

  private static org.medtwin.pharma.pkpd.data.DataRecord record(double time, double crcl) {
    return new org.medtwin.pharma.pkpd.data.DataRecord(1, "1", time, 2, 0, Double.NaN, 1, 0, 0, 0,
        0, 0, false, Double.NaN, java.util.Map.of("CRCL", crcl));
  }
}
