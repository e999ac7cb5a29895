package org.medtwin.pharma.pkpd.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * FOCE-I recovers the parameters data were simulated from (seed 20261125, 40 subjects, 8 samples
 * each after one oral dose of 4 mg/kg): ka 1.5 /h, CL 0.04 L/h/kg, V 0.5 L/kg, omega^2 0.25 on ka
 * and 0.09 on CL, and a proportional residual error of 10%, which exercises the interaction (the
 * residual variance at the individual prediction).
 */
class FoceiSimulatedDataTest {

  private static final double[] TIMES = {0.5, 1, 2, 3.5, 6, 9, 12, 24};

  @Test
  void recoversSimulatedParametersWithProportionalError() {
    Random random = new Random(20261125L);
    List<FitSubject> subjects = new ArrayList<>();
    double[] truth = {1.5, 0.04, 0.5};
    for (int i = 0; i < 40; i++) {
      OralOneCompartment model = new OralOneCompartment(4, OralOneCompartment.Form.CL_V,
          List.of("ka", "cl"));
      double[] eta = {0.5 * random.nextGaussian(), 0.3 * random.nextGaussian()};
      double[] c = model.at(truth, eta, TIMES);
      for (int j = 0; j < c.length; j++) {
        c[j] *= 1 + 0.1 * random.nextGaussian();
      }
      subjects.add(new FitSubject(String.valueOf(i + 1), TIMES, c, model));
    }
    FitModel start = new FitModel(List.of("ka", "cl", "v"), new double[] {1, 0.06, 0.3},
        List.of("ka", "cl"), new double[] {0.1, 0.1},
        new ResidualError(ResidualError.Type.PROPORTIONAL, 0, 0.2));

    PopulationFit fit = new FoceiEstimator(FoceiSettings.defaults()).fit(start, subjects);

    assertThat(fit.converged()).isTrue();
    // Sampling error with 40 subjects: about 8% on ka, 5% on CL, 35% on the omegas.
    assertThat(fit.theta().get("ka")).isCloseTo(1.5, Percentage.withPercentage(20));
    assertThat(fit.theta().get("cl")).isCloseTo(0.04, Percentage.withPercentage(12));
    assertThat(fit.theta().get("v")).isCloseTo(0.5, Percentage.withPercentage(10));
    assertThat(fit.omega().get("ka")).isCloseTo(0.25, Percentage.withPercentage(50));
    assertThat(fit.omega().get("cl")).isCloseTo(0.09, Percentage.withPercentage(50));
    assertThat(fit.sigma().get("prop_sd")).isCloseTo(0.1, Percentage.withPercentage(15));
    assertThat(fit.shrinkage().eta().get("cl")).isBetween(-0.2, 0.3);
  }
}
