package org.medtwin.bench.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.medtwin.learn.evaluate.Discrimination;
import org.medtwin.learn.feature.FeatureColumn;
import org.medtwin.learn.feature.FeatureMatrix;
import org.medtwin.learn.model.Algorithm;
import org.medtwin.learn.model.ModelTrainer;
import org.medtwin.learn.model.TrainedModel;
import org.medtwin.learn.model.TrainingSettings;

/**
 * Issue 5's training target: 10,000 persons x 1,000 sparse features in under 60 s on 2 cores.
 * A seeded synthetic matrix shaped like the study matrices (50 continuous measurements, a third
 * missing; 950 code indicators of 0.5-10% prevalence; the outcome from a logistic model of 25 of
 * them) is trained with the default settings (3-fold cross-validation over the full grids) for
 * each algorithm, and the wall time of each is printed.
 *
 * <p>Usage: {@code java -cp bench/target/medtwin-bench.jar org.medtwin.bench.learn.TrainingBenchmark [persons] [features] [threads] [seed]}
 */
public final class TrainingBenchmark {

  private TrainingBenchmark() {}

  public static void main(String[] args) {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int features = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    FeatureMatrix train = matrix(persons, features, seed);
    FeatureMatrix test = matrix(persons / 4, features, seed + 1);
    long nonZero = train.values().length;
    System.out.printf("matrix %,d persons x %,d features, %,d stored values (%.1f%% dense), %d events%n", persons, features,
        nonZero, 100.0 * nonZero / ((double) persons * features), java.util.Arrays.stream(train.labels()).sum());
    TrainingSettings d = TrainingSettings.defaults(seed);
    TrainingSettings settings = new TrainingSettings(seed, threads, d.folds(), d.treeDepths(), d.treeLearningRate(),
        d.maxTreeRounds(), d.earlyStoppingRounds(), d.penalties(), d.linearRounds());
    long all = System.nanoTime();
    for (Algorithm algorithm : Algorithm.values()) {
      long start = System.nanoTime();
      TrainedModel model = new ModelTrainer(settings).train(algorithm, train);
      double seconds = (System.nanoTime() - start) / 1e9;
      double auroc = Discrimination.auroc(model.risk(test), test.labels());
      System.out.printf("%-12s %6.1f s  (CV %s, chosen %s, %s rounds)  test AUROC %.3f%n", algorithm.id(), seconds,
          model.hyperParameters().get("cvFolds") + " folds", model.hyperParameters().get("chosen"),
          model.hyperParameters().get("rounds"), auroc);
    }
    System.out.printf("all three    %6.1f s on %d threads%n", (System.nanoTime() - all) / 1e9, threads);
  }

  static FeatureMatrix matrix(int n, int p, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SplittableRandom structure = new SplittableRandom(42);
    int continuous = Math.min(50, p);
    double[] prevalence = new double[p];
    double[] weight = new double[p];
    for (int j = 0; j < p; j++) {
      prevalence[j] = 0.005 + structure.nextDouble() * 0.095;
      weight[j] = j % 40 == 0 ? structure.nextGaussian() : 0;
    }
    List<String> persons = new ArrayList<>();
    int[] labels = new int[n];
    long[] start = new long[n + 1];
    List<Integer> ci = new ArrayList<>();
    List<Float> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      persons.add("P-" + i);
      double logOdds = -2.5;
      for (int j = 0; j < p; j++) {
        if (j < continuous) {
          double x = random.nextGaussian();
          logOdds += weight[j] * x;
          if (random.nextDouble() > 0.33) {
            ci.add(j);
            v.add((float) (100 + 15 * x));
          }
        } else if (random.nextDouble() < prevalence[j]) {
          logOdds += weight[j];
          ci.add(j);
          v.add(1f);
        }
      }
      labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logOdds)) ? 1 : 0;
      start[i + 1] = v.size();
    }
    List<FeatureColumn> columns = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      columns.add(new FeatureColumn("f" + j, "feature " + j, null, j < continuous));
    }
    float[] values = new float[v.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = v.get(k);
    }
    return new FeatureMatrix(persons, labels, columns, start, ci.stream().mapToInt(Integer::intValue).toArray(), values);
  }
}
