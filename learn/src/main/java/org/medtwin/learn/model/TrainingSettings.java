package org.medtwin.learn.model;

import java.util.List;

/**
 * How models are trained: the seed, threads, cross-validation folds, the grids searched and the
 * boosting limits.
 */
public record TrainingSettings(
    long seed,
    int threads,
    int folds,
    List<Integer> treeDepths,
    double treeLearningRate,
    int maxTreeRounds,
    int earlyStoppingRounds,
    List<Double> penalties,
    int linearRounds) {

  /** Seed 1, 2 threads, 3 folds, depths 2/4/6 at learning rate 0.1 up to 400 rounds, penalties 0.0001 to 0.1 (XGBoost scales them by the number of training persons). */
  public static TrainingSettings defaults(long seed) {
    return new TrainingSettings(seed, 2, 3, List.of(2, 4, 6), 0.1, 400, 25, List.of(0.0001, 0.001, 0.01, 0.1), 100);
  }

  /** Guards the parts. */
  public TrainingSettings {
    treeDepths = List.copyOf(treeDepths);
    penalties = List.copyOf(penalties);
    if (folds < 2) {
      throw new IllegalArgumentException("Cross-validation needs at least 2 folds, got " + folds + ".");
    }
    if (threads < 1 || treeDepths.isEmpty() || penalties.isEmpty() || maxTreeRounds < 1 || linearRounds < 1) {
      throw new IllegalArgumentException("Training settings need threads, depths, penalties and rounds of at least one.");
    }
  }
}
