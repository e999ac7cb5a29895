package org.medtwin.fusion.link.score;

import java.util.ArrayList;
import java.util.Collections;
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
 * candidate pairs (on few pairs shrunk toward the shipped default m), the prior rescaled from the
 * candidates to all pairs.
 */
public final class ModelTrainer {

  private static final double START_M_EXACT = 0.9;
  private static final double START_SHARE = 0.05;

  /**
   * The weight, in pseudo matches, of the shipped default m ({@code default-m.csv}) in EM's
   * estimate of m. A network of a few dozen records offers a few dozen candidate pairs; EM alone
   * then settles on the handful of near-identical pairs (m of "same address" near 0.9) and calls
   * every match that moved a non-match. 50 pseudo matches keep such m near the defaults; a few
   * hundred matches still move them.
   */
  static final double PRIOR_MATCHES = 50;

  /**
   * Below this many training pairs EM starts from and is shrunk toward the default m; from it on
   * EM alone estimates m (start 0.9 on exact, add-one smoothing) as before. On generated
   * networks of 30 to 900 persons (below it) EM alone settled on the unmoved matches (pairwise F1
   * 0.70–0.84); from 1,000 persons on (2,000 persons: 2,000–3,000 training pairs; FEBRL: 8,000)
   * EM alone does well and the prior would only cost a borderline pair.
   */
  static final int SMALL_SAMPLE = 2_000;

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
    List<double[]> priorM = pairs.size() < SMALL_SAMPLE
        ? DefaultMProbabilities.of(comparisons)
        : Collections.nCopies(comparisons.size(), null);
    for (int c = 0; c < comparisons.size(); c++) {
      Comparison comparison = comparisons.get(c);
      names.add(comparison.name());
      labels.add(comparison.labels());
      double[] m = priorM.get(c) != null ? priorM.get(c) : startM(comparison.labels().size());
      start.add(new LevelProbabilities(comparison.name(), comparison.labels(), m, randomU.get(c)));
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
        .estimate(names, labels, vectors, labelled, isMatch, start, START_SHARE, priorM,
            PRIOR_MATCHES);

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
