package org.medtwin.pharma.pkpd.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * FOCE-I on a model linear in eta, y_ij = theta + eta_i + eps_ij, where the Laplace approximation
 * is exact, so the objective and the estimates have closed forms to check against.
 */
class FoceiLinearModelTest {

  /** f = theta + eta at every time: a random intercept. */
  private static final IndividualPrediction RANDOM_INTERCEPT = new IndividualPrediction() {
    @Override
    public double[] at(double[] theta, double[] eta, double[] times) {
      double[] f = new double[times.length];
      java.util.Arrays.fill(f, theta[0] + eta[0]);
      return f;
    }

    @Override
    public Map<String, Double> parameters(double[] theta, double[] eta) {
      return Map.of("mu", theta[0] + eta[0]);
    }
  };

  /**
   * Hand calculation: one subject, y = (1, 3), theta = 1.5, omega^2 = 0.5, sigma^2 = 1. The
   * marginal distribution is N(theta 1, C) with C = [[1.5, 0.5], [0.5, 1.5]], det C = 2,
   * inv(C) = [[0.75, -0.25], [-0.25, 0.75]], r = y - theta = (-0.5, 1.5),
   * r' inv(C) r = 0.75 * 0.25 + 0.75 * 2.25 - 2 * 0.25 * (-0.75) = 2.25, so
   * -2 log L without n log(2 pi) = ln 2 + 2.25 = 2.9431472.
   */
  @Test
  void objectiveIsTheExactMarginalLikelihoodWhenTheModelIsLinearInEta() {
    FitModel model = new FitModel(List.of("mu"), new double[] {1.5}, List.of("mu"),
        new double[] {0.5}, new ResidualError(ResidualError.Type.ADDITIVE, 1.0, 0));
    FitSubject subject = new FitSubject("1", new double[] {0, 1}, new double[] {1, 3},
        RANDOM_INTERCEPT);
    FoceiObjective objective = new FoceiObjective(model, List.of(subject));

    double ofv = objective.value(objective.vector().pack(model.initial()));

    assertThat(ofv).isCloseTo(Math.log(2) + 2.25, within(1e-8));
  }

  /**
   * CWRES of the same subject (Hooker et al. 2007): for a model linear in eta they are the
   * marginal residuals decorrelated by C^(-1/2). By hand: C has eigenvalues 2 on (1, 1)/sqrt 2 and
   * 1 on (1, -1)/sqrt 2, so C^(-1/2) r = (1 / sqrt 2) P1 r + P2 r with P1 r = (0.5, 0.5) and
   * P2 r = (-1, 1): CWRES = (0.5 / sqrt 2 - 1, 0.5 / sqrt 2 + 1) = (-0.6464466, 1.3535534).
   */
  @Test
  void cwresDecorrelateTheMarginalResidualsAsHookerDefines() {
    FitSubject subject = new FitSubject("1", new double[] {0, 1}, new double[] {1, 3},
        RANDOM_INTERCEPT);
    PopulationParameters parameters = new PopulationParameters(new double[] {1.5},
        new double[] {0.5}, new ResidualError(ResidualError.Type.ADDITIVE, 1.0, 0));
    ConditionalMode mode = new ConditionalModeSearch().find(subject, parameters, new double[1]);

    double[] cwres = FitDiagnostics.cwres(subject, parameters, mode);

    assertThat(cwres[0]).isCloseTo(0.5 / Math.sqrt(2) - 1, within(1e-6));
    assertThat(cwres[1]).isCloseTo(0.5 / Math.sqrt(2) + 1, within(1e-6));
  }

  /**
   * Balanced one-way random effects, n = 4 subjects with m = 3 observations each. Maximum
   * likelihood (Searle, Casella and McCulloch 1992, Variance Components, sec. 3.7): theta = grand
   * mean; sigma^2 = SSW / (n (m - 1)); omega^2 = (SSB / n - sigma^2) / m with SSB = m sum
   * (ybar_i - ybar)^2. Data: subject means 4, 6, 5, 9 (grand mean 6); every subject's values are
   * its mean -1, 0, +1, so SSW = 4 * 2 = 8 and sigma^2 = 8 / 8 = 1; SSB = 3 (4 + 0 + 1 + 9) = 42,
   * omega^2 = (42 / 4 - 1) / 3 = 3.1666667.
   */
  @Test
  void recoversTheClosedFormMaximumLikelihoodOfOneWayRandomEffects() {
    double[] means = {4, 6, 5, 9};
    List<FitSubject> subjects = new ArrayList<>();
    for (int i = 0; i < means.length; i++) {
      subjects.add(new FitSubject(String.valueOf(i + 1), new double[] {0, 1, 2},
          new double[] {means[i] - 1, means[i], means[i] + 1}, RANDOM_INTERCEPT));
    }
    FitModel model = new FitModel(List.of("mu"), new double[] {3}, List.of("mu"),
        new double[] {1}, new ResidualError(ResidualError.Type.ADDITIVE, 2.0, 0));

    PopulationFit fit = new FoceiEstimator(FoceiSettings.defaults()).fit(model, subjects);

    assertThat(fit.theta().get("mu")).isCloseTo(6.0, within(1e-4));
    assertThat(fit.sigma().get("add_sd")).isCloseTo(1.0, within(1e-4));
    assertThat(fit.omega().get("mu")).isCloseTo(19.0 / 6, within(1e-4));
  }

  /**
   * For a linear model with known variances the SE of the grand mean is sqrt((omega^2 + sigma^2 /
   * m) / n) = sqrt((3.1666667 + 1/3) / 4) = 0.9354143; the sandwich estimator is only
   * asymptotically equal to it, so with four subjects it is checked within 25%.
   */
  @Test
  void standardErrorOfTheMeanIsNearItsClosedForm() {
    double[] means = {4, 6, 5, 9};
    List<FitSubject> subjects = new ArrayList<>();
    for (int i = 0; i < means.length; i++) {
      subjects.add(new FitSubject(String.valueOf(i + 1), new double[] {0, 1, 2},
          new double[] {means[i] - 1, means[i], means[i] + 1}, RANDOM_INTERCEPT));
    }
    FitModel model = new FitModel(List.of("mu"), new double[] {3}, List.of("mu"),
        new double[] {1}, new ResidualError(ResidualError.Type.ADDITIVE, 2.0, 0));

    PopulationFit fit = new FoceiEstimator(FoceiSettings.defaults()).fit(model, subjects);

    assertThat(fit.standardErrors().available()).isTrue();
    assertThat(fit.standardErrors().theta().get("mu")).isCloseTo(0.9354143,
        org.assertj.core.data.Percentage.withPercentage(25));
  }
}
