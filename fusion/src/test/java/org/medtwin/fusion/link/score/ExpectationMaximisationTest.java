package org.medtwin.fusion.link.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.medtwin.fusion.link.compare.ComparisonVectors;

/** EM against comparison vectors simulated from known m, u and λ with a fixed seed. */
class ExpectationMaximisationTest {

  private static final long SEED = 42L;
  private static final double LAMBDA = 0.1;
  private static final List<String> LABELS = List.of("exact", "close", "different", "missing");
  private static final double[][] M = {
    {0.85, 0.10, 0.05}, {0.70, 0.20, 0.10}, {0.90, 0.05, 0.05}, {0.60, 0.30, 0.10}};
  private static final double[][] U = {
    {0.02, 0.08, 0.90}, {0.05, 0.15, 0.80}, {0.01, 0.04, 0.95}, {0.10, 0.20, 0.70}};
  private static final double MISSING_SHARE = 0.05;

  @Test
  void em_recoversKnownMAndUAndMatchShare_fromUnlabelledSimulatedPairs() {
    ComparisonVectors vectors = simulate(100_000);

    EmResult result = new ExpectationMaximisation(EmSettings.defaults())
        .estimate(names(), labels(), vectors, null, null, start(), 0.3);

    assertThat(result.converged()).isTrue();
    assertThat(result.matchShare()).isCloseTo(LAMBDA, within(0.005));
    for (int c = 0; c < M.length; c++) {
      for (int l = 0; l < 3; l++) {
        assertThat(result.parameters().get(c).m(l)).as("m[%d][%d]", c, l)
            .isCloseTo(M[c][l], within(0.02));
        assertThat(result.parameters().get(c).u(l)).as("u[%d][%d]", c, l)
            .isCloseTo(U[c][l], within(0.01));
      }
    }
  }

  @Test
  void em_withAPriorOnM_staysNearThePriorOnFewPairs_andFollowsTheDataOnMany() {
    List<double[]> flat = new ArrayList<>();
    for (int c = 0; c < M.length; c++) {
      flat.add(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3, 1});
    }
    ExpectationMaximisation em = new ExpectationMaximisation(EmSettings.defaults());

    EmResult few = em.estimate(
        names(), labels(), simulate(20), null, null, start(), 0.3, flat, 50);
    EmResult many = em.estimate(
        names(), labels(), simulate(100_000), null, null, start(), 0.3, flat, 50);

    for (int c = 0; c < M.length; c++) {
      for (int l = 0; l < 3; l++) {
        // At most 20 matches against 50 pseudo matches: m within [50/3 / 70, (20 + 50/3) / 70].
        assertThat(few.parameters().get(c).m(l)).as("few m[%d][%d]", c, l)
            .isBetween(0.23, 0.53);
        assertThat(many.parameters().get(c).m(l)).as("many m[%d][%d]", c, l)
            .isCloseTo(M[c][l], within(0.02));
      }
    }
  }

  @Test
  void em_keepsFixedValues_andEstimatesTheRest() {
    double[] fixed = {0.5, 0.25, 0.25, 1.0};
    EmSettings settings = new EmSettings(100, 1e-6, Map.of("f0", fixed), Map.of());

    EmResult result = new ExpectationMaximisation(settings)
        .estimate(names(), labels(), simulate(50_000), null, null, start(), 0.3);

    assertThat(result.parameters().get(0).m()).containsExactly(fixed);
    assertThat(result.parameters().get(3).u(2)).isCloseTo(U[3][2], within(0.03));
  }

  @Test
  void em_holdsLabelledPairsToTheirClass() {
    // One all-different vector labelled a match, among few pairs: m of "different" must rise.
    byte[] one = {2, 2, 2, 2};
    ComparisonVectors labelled = ComparisonVectors.of(4, one);
    EmResult unguided = new ExpectationMaximisation(EmSettings.defaults())
        .estimate(names(), labels(), simulate(2_000), null, null, start(), 0.3);
    EmResult guided = new ExpectationMaximisation(EmSettings.defaults())
        .estimate(names(), labels(), simulate(2_000), labelled, new boolean[] {true}, start(), 0.3);
    assertThat(guided.parameters().get(0).m(2)).isGreaterThan(unguided.parameters().get(0).m(2));
  }

  private static ComparisonVectors simulate(int pairs) {
    SplittableRandom random = new SplittableRandom(SEED);
    byte[] levels = new byte[pairs * M.length];
    for (int k = 0; k < pairs; k++) {
      boolean match = random.nextDouble() < LAMBDA;
      for (int c = 0; c < M.length; c++) {
        double[] p = match ? M[c] : U[c];
        int level;
        if (random.nextDouble() < MISSING_SHARE) {
          level = 3;
        } else {
          double x = random.nextDouble();
          level = x < p[0] ? 0 : x < p[0] + p[1] ? 1 : 2;
        }
        levels[k * M.length + c] = (byte) level;
      }
    }
    return ComparisonVectors.of(M.length, levels);
  }

  private static List<String> names() {
    return List.of("f0", "f1", "f2", "f3");
  }

  private static List<List<String>> labels() {
    return List.of(LABELS, LABELS, LABELS, LABELS);
  }

  private static List<LevelProbabilities> start() {
    List<LevelProbabilities> start = new ArrayList<>();
    for (String name : names()) {
      start.add(new LevelProbabilities(name, LABELS, new double[] {0.8, 0.1, 0.1, 1},
          new double[] {0.1, 0.2, 0.7, 1}));
    }
    return start;
  }
}
