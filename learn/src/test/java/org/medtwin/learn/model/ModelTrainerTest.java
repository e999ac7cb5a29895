package org.medtwin.learn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.learn.evaluate.Discrimination;
import org.medtwin.learn.feature.FeatureColumn;
import org.medtwin.learn.feature.FeatureMatrix;

class ModelTrainerTest {

  /** Small grids and one thread keep the test fast on a shared machine; the search itself is the same. */
  static final TrainingSettings FAST = new TrainingSettings(1, 1, 3, List.of(2, 3), 0.1, 150, 15, List.of(0.001, 0.1), 60);

  /** 600 persons: x0 continuous with a third missing, x1 an indicator, x2 noise; log-odds = 1.5 x0 + 1.0 x1 - 1. */
  static FeatureMatrix synthetic(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> persons = new ArrayList<>();
    int[] labels = new int[n];
    long[] start = new long[n + 1];
    List<Integer> ci = new ArrayList<>();
    List<Float> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      persons.add("P-" + i);
      double x0 = random.nextGaussian();
      boolean x1 = random.nextDouble() < 0.4;
      double x2 = random.nextGaussian();
      double logOdds = 1.5 * x0 + (x1 ? 1.0 : 0) - 1;
      labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logOdds)) ? 1 : 0;
      if (random.nextDouble() > 0.33) {
        ci.add(0);
        v.add((float) x0);
      }
      if (x1) {
        ci.add(1);
        v.add(1f);
      }
      ci.add(2);
      v.add((float) x2);
      start[i + 1] = v.size();
    }
    float[] values = new float[v.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = v.get(k);
    }
    List<FeatureColumn> columns = List.of(new FeatureColumn("x0", "Marker", "mg/dL", true),
        new FeatureColumn("x1", "Diagnosis", null, false), new FeatureColumn("x2", "Noise", "u", true));
    return new FeatureMatrix(persons, labels, columns, start, ci.stream().mapToInt(Integer::intValue).toArray(), values);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void contributionsSumToTheModelMargin(Algorithm algorithm) {
    FeatureMatrix data = synthetic(600, 3);
    TrainedModel model = new ModelTrainer(FAST).train(algorithm, data);
    float[][] contributions = model.contributions(data);
    double[] margin = model.margin(data);
    for (int i = 0; i < data.rows(); i++) {
      double sum = 0;
      for (float c : contributions[i]) {
        sum += c;
      }
      assertThat(sum).isCloseTo(margin[i], within(1e-3));
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void learnsTheSignalAndRepeatsWithTheSeed(Algorithm algorithm) {
    FeatureMatrix train = synthetic(600, 3);
    FeatureMatrix test = synthetic(400, 4);
    TrainedModel a = new ModelTrainer(FAST).train(algorithm, train);
    TrainedModel b = new ModelTrainer(FAST).train(algorithm, train);
    assertThat(a.risk(test)).containsExactly(b.risk(test));
    assertThat(Discrimination.auroc(a.risk(test), test.labels())).isGreaterThan(0.7);
  }

  @Test
  void logisticRegressionFlagsMissingValues() {
    FeatureMatrix data = synthetic(300, 5);
    Preprocessing pre = Preprocessing.fit(data);
    List<FeatureColumn> columns = pre.modelColumns(data.columns());
    assertThat(columns).extracting(FeatureColumn::name).containsExactly("x0", "x1", "x2", "x0_missing");
    FeatureMatrix transformed = pre.apply(data);
    for (int i = 0; i < data.rows(); i++) {
      boolean missing = Double.isNaN(data.denseRow(i)[0]);
      assertThat(transformed.denseRow(i)[3]).isEqualTo(missing ? 1.0 : 0.0);
      assertThat(transformed.denseRow(i)[0]).isNotNaN();
    }
  }

  @Test
  void foldsAreStratifiedAndCoverEveryRow() {
    int[] labels = new int[90];
    for (int i = 0; i < 30; i++) {
      labels[i] = 1;
    }
    int[] fold = new ModelTrainer(TrainingSettings.defaults(4)).folds(labels);
    int[] eventsPerFold = new int[3];
    for (int i = 0; i < labels.length; i++) {
      eventsPerFold[fold[i]] += labels[i];
    }
    assertThat(eventsPerFold).containsExactly(10, 10, 10);
  }
}
