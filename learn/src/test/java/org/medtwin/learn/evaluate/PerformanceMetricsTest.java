package org.medtwin.learn.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PerformanceMetricsTest {

  // scikit-learn's documented example: y = [0, 0, 1, 1], scores = [0.1, 0.4, 0.35, 0.8].
  private static final double[] RISK = {0.1, 0.4, 0.35, 0.8};
  private static final int[] OUTCOME = {0, 0, 1, 1};

  @Test
  void aurocIsTheShareOfEventNonEventPairsRankedRight() {
    // Pairs (event, non-event): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes -> 3/4.
    assertThat(Discrimination.auroc(RISK, OUTCOME)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void aurocCountsTiesAsOneHalf() {
    // One event and one non-event at the same risk: the only pair is a tie -> 0.5.
    assertThat(Discrimination.auroc(new double[] {0.3, 0.3}, new int[] {0, 1})).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void auprcIsAveragePrecision() {
    // Thresholds high to low: 0.8 -> recall 0.5 at precision 1; 0.4 -> no recall gained;
    // 0.35 -> recall +0.5 at precision 2/3. AP = 0.5*1 + 0.5*2/3 = 0.8333 (sklearn's documented value 0.83).
    assertThat(Discrimination.auprc(RISK, OUTCOME)).isCloseTo(0.5 + 0.5 * 2.0 / 3.0, within(1e-12));
  }

  @Test
  void brierIsTheMeanSquaredError() {
    // (0.1^2 + 0.4^2 + 0.65^2 + 0.2^2) / 4 = (0.01 + 0.16 + 0.4225 + 0.04) / 4 = 0.158125
    assertThat(Calibration.brier(RISK, OUTCOME)).isCloseTo(0.158125, within(1e-12));
  }

  @Test
  void calibrationInterceptIsTheLogOddsGapWhenAllRisksAreEqual() {
    // Everyone predicted 0.2, half had the event: intercept = logit(0.5) - logit(0.2) = ln 4.
    double[] risk = {0.2, 0.2, 0.2, 0.2};
    int[] outcome = {1, 0, 1, 0};
    assertThat(Calibration.intercept(risk, outcome)).isCloseTo(Math.log(4), within(1e-9));
  }

  @Test
  void calibrationSlopeSolvesTheSaturatedTwoGroupFit() {
    // Group A: logit(risk) = -1, 1 event in 4 (logit 0.25 = -ln 3); group B: logit(risk) = 1, 3 in 4 (ln 3).
    // a + b(-1) = -ln 3 and a + b(1) = ln 3 give a = 0, b = ln 3.
    double low = 1 / (1 + Math.E);
    double high = 1 / (1 + Math.exp(-1));
    double[] risk = {low, low, low, low, high, high, high, high};
    int[] outcome = {1, 0, 0, 0, 1, 1, 1, 0};
    assertThat(Calibration.slope(risk, outcome)).isCloseTo(Math.log(3), within(1e-9));
  }

  @Test
  void calibrationCurveGroupsByPredictedRisk() {
    double[][] curve = Calibration.curve(RISK, OUTCOME, 2);
    // Lower half: 0.1 (no event) and 0.35 (event): mean 0.225, observed 0.5.
    assertThat(curve[0][0]).isCloseTo(0.225, within(1e-12));
    assertThat(curve[0][1]).isCloseTo(0.5, within(1e-12));
    assertThat(curve[1][0]).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void bootstrapIntervalsHoldTheEstimateAndRepeatWithTheSeed() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    int n = 400;
    double[] risk = new double[n];
    int[] outcome = new int[n];
    for (int i = 0; i < n; i++) {
      risk[i] = random.nextDouble();
      outcome[i] = random.nextDouble() < risk[i] ? 1 : 0;
    }
    Performance a = Performance.of(risk, outcome, 200, 9);
    Performance b = Performance.of(risk, outcome, 200, 9);
    assertThat(a).isEqualTo(b);
    assertThat(a.auroc().low()).isLessThan(a.auroc().value());
    assertThat(a.auroc().high()).isGreaterThan(a.auroc().value());
    assertThat(a.calibrationSlope().value()).isBetween(0.7, 1.3);
  }

  @Test
  void refusesOutcomesWithoutEvents() {
    assertThatThrownBy(() -> Discrimination.auroc(new double[] {0.1, 0.2}, new int[] {0, 0}))
        .hasMessageContaining("0 events");
  }

  @Test
  void refusesRisksOutsideZeroToOne() {
    assertThatThrownBy(() -> Calibration.brier(new double[] {1.5}, new int[] {1}))
        .hasMessageContaining("1.5").hasMessageContaining("position 0");
  }
}
