package org.medtwin.fusion.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class MiceTest {

  private static final int N = 500;

  /** x uniform on [0, 10]; y = 3 + 2x + N(0, 0.5²); z = 1 when x + N(0, 0.5²) > 5; 30 % of y and z missing. */
  private record Simulated(AnalysisTable table, double[] x, double[] y, double[] z) {}

  private static Simulated simulate(long seed) {
    Random random = new Random(seed);
    double[] x = new double[N];
    double[] y = new double[N];
    double[] z = new double[N];
    double[][] values = new double[N][];
    List<RowKey> rows = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      x[i] = 10 * random.nextDouble();
      y[i] = 3 + 2 * x[i] + 0.5 * random.nextGaussian();
      z[i] = x[i] + 0.5 * random.nextGaussian() > 5 ? 1 : 0;
      values[i] = new double[] {
        x[i], random.nextDouble() < 0.3 ? Double.NaN : y[i], random.nextDouble() < 0.3 ? Double.NaN : z[i]};
      rows.add(new RowKey("p" + i, null));
    }
    AnalysisTable table = new AnalysisTable(
        List.of(Variable.numeric("x"), Variable.numeric("y"), Variable.categorical("z")), rows, values);
    return new Simulated(table, x, y, z);
  }

  private static ImputationResult mice(AnalysisTable table, long seed) {
    return new Imputer(
        Map.of("y", new ImputationStrategy.ChainedEquations(5), "z", new ImputationStrategy.ChainedEquations(5)),
        seed).impute(table);
  }

  @Test
  void chainedEquations_recoverAKnownLinearRelation() {
    Simulated data = simulate(42);
    ImputationResult result = mice(data.table(), 7);

    SimpleRegression imputedOnly = new SimpleRegression();
    int imputed = 0;
    for (int i = 0; i < N; i++) {
      if (data.table().missing(i, 1)) {
        imputedOnly.addData(data.x()[i], result.table().value(i, 1));
        assertThat(result.cell(i, "y").method()).isEqualTo("mice");
        imputed++;
      }
    }
    assertThat(imputed).isBetween(120, 180);
    assertThat(imputedOnly.getSlope()).isCloseTo(2.0, within(0.1));
    assertThat(imputedOnly.getIntercept()).isCloseTo(3.0, within(0.5));
    // Drawn with the residual noise, not on the line: their spread matches sigma = 0.5.
    assertThat(Math.sqrt(imputedOnly.getMeanSquareError())).isCloseTo(0.5, within(0.15));
  }

  @Test
  void chainedEquations_imputeABinaryVariableByLogisticRegression() {
    Simulated data = simulate(42);
    ImputationResult result = mice(data.table(), 7);

    int missing = 0;
    int right = 0;
    for (int i = 0; i < N; i++) {
      if (data.table().missing(i, 2)) {
        missing++;
        double value = result.table().value(i, 2);
        assertThat(value).isIn(0.0, 1.0);
        right += value == data.z()[i] ? 1 : 0;
      }
    }
    assertThat((double) right / missing).isGreaterThan(0.85);
  }

  @Test
  void chainedEquations_giveTheSameTableForTheSameSeed() {
    Simulated data = simulate(42);
    assertThat(mice(data.table(), 7).imputed()).isEqualTo(mice(data.table(), 7).imputed());
    assertThat(mice(data.table(), 7).imputed()).isNotEqualTo(mice(data.table(), 8).imputed());
  }

  @Test
  void logisticRegression_recoversKnownCoefficients() {
    Random random = new Random(3);
    int n = 4000;
    double[][] x = new double[n][1];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = 4 * random.nextDouble() - 2;
      double p = 1 / (1 + Math.exp(-(-0.5 + 1.5 * x[i][0])));
      y[i] = random.nextDouble() < p ? 1 : 0;
    }
    double[] beta = LogisticRegression.fit(x, y).coefficients();
    assertThat(beta[0]).isCloseTo(-0.5, within(0.15));
    assertThat(beta[1]).isCloseTo(1.5, within(0.15));
  }

  @Test
  void chainedEquations_rejectACategoryWithMoreThanTwoLevels() {
    AnalysisTable table = new AnalysisTable(
        List.of(Variable.numeric("x"), Variable.categorical("stage")),
        List.of(new RowKey("a", null), new RowKey("b", null), new RowKey("c", null), new RowKey("d", null)),
        new double[][] {{1, 0}, {2, 1}, {3, 2}, {4, Double.NaN}});
    assertThatThrownBy(() -> new Imputer(Map.of("stage", new ImputationStrategy.ChainedEquations(3)), 1).impute(table))
        .hasMessage("Chained equations impute categorical variables coded 0/1 only; 'stage' has other values."
            + " Maybe use mode or kNN for it?");
  }
}
