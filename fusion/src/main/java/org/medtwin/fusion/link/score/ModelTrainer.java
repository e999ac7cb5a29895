package org.medtwin.fusion.link.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.compare.Comparison;
import org.medtwin.fusion.link.compare.ComparisonVectors;
import org.medtwin.fusion.link.compare.StringComparison;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * Trains a Fellegi–Sunter model without labels: u from random pairs, m (and λ) by EM over the
 * candidate pairs, the prior rescaled from the candidates to all pairs.
 */
public final class ModelTrainer {

  private static final double START_M_EXACT = 0.9;
  private static final double START_SHARE = 0.05;

  private ModelTrainer() {}

  /**
   * Trains on the candidate pairs.
   *
   * @throws IllegalArgumentException when a labelled pair names a record not in {@code records}
   */
  public static FellegiSunterModel train(
      List<Comparison> comparisons, List<PersonRecord> records, PairScope scope,
      CandidatePairs pairs, ComparisonVectors vectors, TrainingSettings settings) {
    List<double[]> randomU =
        RandomPairs.estimateU(comparisons, records, scope, settings.randomPairs(), settings.seed());
    List<String> names = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    List<LevelProbabilities> start = new ArrayList<>();
    for (int c = 0; c < comparisons.size(); c++) {
      Comparison comparison = comparisons.get(c);
      names.add(comparison.name());
      labels.add(comparison.labels());
      start.add(new LevelProbabilities(
          comparison.name(), comparison.labels(), startM(comparison.labels().size()),
          randomU.get(c)));
    }
    ComparisonVectors labelled = null;
    boolean[] isMatch = null;
    if (!settings.labelledPairs().isEmpty()) {
      Map<RecordKey, Integer> index = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        index.put(records.get(i).key(), i);
      }
      int n = settings.labelledPairs().size();
      int[] left = new int[n];
      int[] right = new int[n];
      isMatch = new boolean[n];
      for (int k = 0; k < n; k++) {
        LabelledPair pair = settings.labelledPairs().get(k);
        left[k] = indexOf(index, pair.a());
        right[k] = indexOf(index, pair.b());
        isMatch[k] = pair.match();
      }
      labelled = ComparisonVectors.compute(comparisons, records, n, k -> left[k], k -> right[k]);
    }
    EmResult em = new ExpectationMaximisation(settings.em())
        .estimate(names, labels, vectors, labelled, isMatch, start, START_SHARE);

    List<LevelProbabilities> parameters = new ArrayList<>();
    for (int c = 0; c < comparisons.size(); c++) {
      LevelProbabilities estimated = em.parameters().get(c);
      boolean keepEmU = !settings.uFromRandomPairs()
          || settings.em().fixedU().containsKey(names.get(c));
      parameters.add(new LevelProbabilities(
          names.get(c), labels.get(c), estimated.m(), keepEmU ? estimated.u() : randomU.get(c)));
    }
    double prior = em.matchShare();
    if (settings.uFromRandomPairs()) {
      // EM's λ is the match share among candidates; with u from all pairs the prior must be the
      // share among all pairs, assuming blocking kept (nearly) every match.
      prior = em.matchShare() * pairs.size() / allPairs(records, scope);
    }
    prior = Math.min(0.5, Math.max(1e-12, prior));
    Map<Integer, TermFrequencies> termFrequencies = new HashMap<>();
    for (int c = 0; c < comparisons.size(); c++) {
      if (comparisons.get(c) instanceof StringComparison s && s.termFrequency()) {
        termFrequencies.put(c, TermFrequencies.count(s, records));
      }
    }
    return new FellegiSunterModel(comparisons, parameters, termFrequencies, prior);
  }

  /** The number of in-scope pairs among the records. */
  static double allPairs(List<PersonRecord> records, PairScope scope) {
    double n = records.size();
    double all = n * (n - 1) / 2;
    if (scope == PairScope.ALL_PAIRS) {
      return all;
    }
    Map<String, Integer> perSource = new HashMap<>();
    for (PersonRecord r : records) {
      perSource.merge(r.source(), 1, Integer::sum);
    }
    for (int size : perSource.values()) {
      all -= size * (size - 1.0) / 2;
    }
    return all;
  }

  private static double[] startM(int levels) {
    double[] m = new double[levels];
    int others = levels - 2; // besides the exact level, every level but missing
    m[0] = START_M_EXACT;
    for (int l = 1; l < levels - 1; l++) {
      m[l] = (1 - START_M_EXACT) / others;
    }
    m[levels - 1] = 1.0;
    return m;
  }

  private static int indexOf(Map<RecordKey, Integer> index, RecordKey key) {
    Integer i = index.get(key);
    if (i == null) {
      throw new IllegalArgumentException(
          "Labelled pair names " + key + ", which is not among the linked records.");
    }
    return i;
  }
}
