package org.medtwin.learn.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.medtwin.learn.feature.FeatureMatrix;

/**
 * Trains a model on the training persons only: each hyper-parameter candidate is scored by its
 * mean validation log-loss over stratified, seeded cross-validation folds of the training set
 * (with the number of boosting rounds found by early stopping in each fold), and the best
 * candidate is refitted on the whole training set. The test set is never seen here.
 */
public final class ModelTrainer {

  private final TrainingSettings settings;

  public ModelTrainer(TrainingSettings settings) {
    this.settings = settings;
  }

  private record Candidate(Map<String, Object> params, String description) {}

  private record Score(double logLoss, int rounds) {}

  /**
   * Chooses hyper-parameters by cross-validation and fits the final model.
   *
   * @throws IllegalArgumentException when the training set lacks events or non-events
   */
  public TrainedModel train(Algorithm algorithm, FeatureMatrix train) {
    int events = java.util.Arrays.stream(train.labels()).sum();
    if (events < settings.folds() || train.rows() - events < settings.folds()) {
      throw new IllegalArgumentException("The training set has " + events + " events among " + train.rows()
          + " persons; " + settings.folds() + "-fold cross-validation needs at least " + settings.folds()
          + " of each. Maybe the cohort is too small or the outcome too rare?");
    }
    int[] fold = folds(train.labels());
    Candidate best = null;
    Score bestScore = null;
    List<Map<String, Object>> tried = new ArrayList<>();
    for (Candidate candidate : candidates(algorithm)) {
      Score score = crossValidate(algorithm, train, fold, candidate);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("candidate", candidate.description());
      entry.put("cvLogLoss", score.logLoss());
      entry.put("rounds", score.rounds());
      tried.add(entry);
      if (bestScore == null || score.logLoss() < bestScore.logLoss()) {
        best = candidate;
        bestScore = score;
      }
    }
    Preprocessing preprocessing = algorithm.linear() ? Preprocessing.fit(train) : Preprocessing.identity();
    DMatrix all = Boosters.matrix(preprocessing.apply(train));
    Booster booster = Boosters.train(all, best.params(), bestScore.rounds(), null, null, 0);
    all.dispose();
    Map<String, Object> hyper = new LinkedHashMap<>(best.params());
    hyper.put("rounds", bestScore.rounds());
    hyper.put("chosen", best.description());
    hyper.put("cvFolds", settings.folds());
    hyper.put("cvLogLoss", bestScore.logLoss());
    hyper.put("cvCandidates", tried);
    return new TrainedModel(algorithm, preprocessing, Boosters.save(booster), hyper);
  }

  private Score crossValidate(Algorithm algorithm, FeatureMatrix train, int[] fold, Candidate candidate) {
    double lossSum = 0;
    int roundSum = 0;
    int maxRounds = algorithm.linear() ? settings.linearRounds() : settings.maxTreeRounds();
    for (int k = 0; k < settings.folds(); k++) {
      final int held = k;
      int[] fitRows = java.util.stream.IntStream.range(0, train.rows()).filter(i -> fold[i] != held).toArray();
      int[] validRows = java.util.stream.IntStream.range(0, train.rows()).filter(i -> fold[i] == held).toArray();
      FeatureMatrix fit = train.select(fitRows);
      Preprocessing pre = algorithm.linear() ? Preprocessing.fit(fit) : Preprocessing.identity();
      DMatrix dFit = Boosters.matrix(pre.apply(fit));
      DMatrix dValid = Boosters.matrix(pre.apply(train.select(validRows)));
      float[][] history = new float[1][maxRounds];
      Boosters.train(dFit, candidate.params(), maxRounds, dValid, history, settings.earlyStoppingRounds()).dispose();
      dFit.dispose();
      dValid.dispose();
      int bestRound = 0;
      for (int r = 1; r < maxRounds; r++) {
        if (history[0][r] > 0 && history[0][r] < history[0][bestRound]) {
          bestRound = r;
        }
      }
      lossSum += history[0][bestRound];
      roundSum += bestRound + 1;
    }
    return new Score(lossSum / settings.folds(), Math.max(1, Math.round((float) roundSum / settings.folds())));
  }

  private List<Candidate> candidates(Algorithm algorithm) {
    List<Candidate> out = new ArrayList<>();
    if (algorithm == Algorithm.XGBOOST) {
      for (int depth : settings.treeDepths()) {
        Map<String, Object> p = common();
        p.put("booster", "gbtree");
        p.put("tree_method", "hist");
        p.put("max_depth", depth);
        p.put("eta", settings.treeLearningRate());
        p.put("min_child_weight", 1);
        out.add(new Candidate(p, "max_depth=" + depth + ", eta=" + settings.treeLearningRate()));
      }
      return out;
    }
    for (double penalty : settings.penalties()) {
      Map<String, Object> p = common();
      p.put("booster", "gblinear");
      p.put("updater", "coord_descent");
      p.put("feature_selector", "cyclic");
      p.put("eta", 0.5);
      boolean l1 = algorithm == Algorithm.LOGISTIC_L1;
      p.put("alpha", l1 ? penalty : 0.0);
      p.put("lambda", l1 ? 0.0 : penalty);
      out.add(new Candidate(p, (l1 ? "L1 alpha=" : "L2 lambda=") + penalty));
    }
    return out;
  }

  private Map<String, Object> common() {
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "binary:logistic");
    p.put("eval_metric", "logloss");
    p.put("nthread", settings.threads());
    p.put("seed", settings.seed());
    p.put("verbosity", 0);
    return p;
  }

  /** Stratified fold numbers: events and non-events each shuffled with the seed and dealt in turn. */
  int[] folds(int[] labels) {
    int[] fold = new int[labels.length];
    SplittableRandom random = new SplittableRandom(settings.seed());
    for (int label = 0; label <= 1; label++) {
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == label) {
          rows.add(i);
        }
      }
      for (int i = rows.size() - 1; i > 0; i--) {
        java.util.Collections.swap(rows, i, random.nextInt(i + 1));
      }
      for (int i = 0; i < rows.size(); i++) {
        fold[rows.get(i)] = i % settings.folds();
      }
    }
    return fold;
  }
}
