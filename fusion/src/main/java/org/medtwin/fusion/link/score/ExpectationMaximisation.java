package org.medtwin.fusion.link.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.compare.ComparisonVectors;

/**
 * Estimates m, u and the match share λ of a two-class Fellegi–Sunter mixture from comparison
 * vectors without labels; labelled pairs, where given, keep their known class and steer it.
 *
 * <p>Identical vectors are counted once with their multiplicity: a few hundred thousand pairs
 * collapse to a few thousand patterns, so each iteration is cheap.
 */
public final class ExpectationMaximisation {

  /** Keeps every probability away from 0 so that no level gets an infinite weight. */
  private static final double FLOOR = 1e-9;

  /**
   * One pseudo pair per level in each M-step (add-one smoothing): a level no match reached in
   * this data (a day/month transposition in FEBRL) keeps a small m instead of a weight of minus
   * thirty bits that would veto every future pair showing it.
   */
  private static final double PSEUDO_COUNT = 1.0;

  private final EmSettings settings;

  /** An estimator with the given settings. */
  public ExpectationMaximisation(EmSettings settings) {
    this.settings = settings;
  }

  /**
   * Runs EM.
   *
   * @param names the comparison names (to find fixed values)
   * @param labels the level labels per comparison, each ending with "missing"
   * @param unlabelled the vectors of pairs whose class is unknown
   * @param labelled vectors of pairs whose class is known, or {@code null}
   * @param isMatch the known class of each labelled pair
   * @param start starting m and u per comparison
   * @param startShare the starting λ
   */
  public EmResult estimate(
      List<String> names, List<List<String>> labels, ComparisonVectors unlabelled,
      ComparisonVectors labelled, boolean[] isMatch, List<LevelProbabilities> start,
      double startShare) {
    return estimate(names, labels, unlabelled, labelled, isMatch, start, startShare, null, 0);
  }

  /**
   * Runs EM with a Dirichlet prior on m: comparison c's level l gets {@code priorMatches *
   * priorM[c][l]} pseudo matches in every M-step (instead of add-one smoothing), so that m is
   * the posterior mean. With few candidate pairs m stays near the prior; with thousands of
   * matches the data decide.
   *
   * @param priorM the prior m per comparison, {@code null} (or a {@code null} entry) for none
   * @param priorMatches the prior's weight in pseudo matches
   */
  public EmResult estimate(
      List<String> names, List<List<String>> labels, ComparisonVectors unlabelled,
      ComparisonVectors labelled, boolean[] isMatch, List<LevelProbabilities> start,
      double startShare, List<double[]> priorM, double priorMatches) {
    int width = names.size();
    List<byte[]> patterns = new ArrayList<>();
    List<double[]> weights = new ArrayList<>(); // {count, fixed responsibility or NaN}
    collapse(unlabelled, patterns, weights);
    if (labelled != null) {
      for (int k = 0; k < labelled.size(); k++) {
        byte[] v = new byte[width];
        for (int c = 0; c < width; c++) {
          v[c] = (byte) labelled.level(k, c);
        }
        patterns.add(v);
        weights.add(new double[] {1, isMatch[k] ? 1 : 0});
      }
    }
    double[][] m = new double[width][];
    double[][] u = new double[width][];
    int[] missing = new int[width];
    for (int c = 0; c < width; c++) {
      m[c] = start.get(c).m().clone();
      u[c] = start.get(c).u().clone();
      missing[c] = labels.get(c).size() - 1;
      double[] fm = settings.fixedM().get(names.get(c));
      double[] fu = settings.fixedU().get(names.get(c));
      if (fm != null) {
        m[c] = checked(fm, labels.get(c), names.get(c), "m");
      }
      if (fu != null) {
        u[c] = checked(fu, labels.get(c), names.get(c), "u");
      }
    }
    double lambda = startShare;
    int iteration = 0;
    boolean converged = false;
    double[] responsibility = new double[patterns.size()];
    while (iteration < settings.maxIterations() && !converged) {
      iteration++;
      // E-step: the probability that each pattern is a match.
      for (int p = 0; p < patterns.size(); p++) {
        double fixed = weights.get(p)[1];
        if (!Double.isNaN(fixed)) {
          responsibility[p] = fixed;
          continue;
        }
        byte[] v = patterns.get(p);
        double logRatio = Math.log(lambda / (1 - lambda));
        for (int c = 0; c < width; c++) {
          if (v[c] != missing[c]) {
            logRatio += Math.log(m[c][v[c]] / u[c][v[c]]);
          }
        }
        responsibility[p] = 1.0 / (1.0 + Math.exp(-logRatio));
      }
      // M-step: level shares weighted by the responsibilities.
      double change = 0;
      double matches = 0;
      double total = 0;
      double[][] mSum = new double[width][];
      double[][] uSum = new double[width][];
      for (int c = 0; c < width; c++) {
        mSum[c] = new double[m[c].length];
        uSum[c] = new double[u[c].length];
      }
      for (int p = 0; p < patterns.size(); p++) {
        double count = weights.get(p)[0];
        double r = responsibility[p] * count;
        double nr = (1 - responsibility[p]) * count;
        matches += r;
        total += count;
        byte[] v = patterns.get(p);
        for (int c = 0; c < width; c++) {
          mSum[c][v[c]] += r;
          uSum[c][v[c]] += nr;
        }
      }
      for (int c = 0; c < width; c++) {
        if (!settings.fixedM().containsKey(names.get(c))) {
          double[] prior = priorM == null ? null : priorM.get(c);
          change = Math.max(change, normaliseInto(mSum[c], missing[c], m[c], prior, priorMatches));
        }
        if (!settings.fixedU().containsKey(names.get(c))) {
          change = Math.max(change, normaliseInto(uSum[c], missing[c], u[c], null, 0));
        }
      }
      double newLambda = Math.min(1 - FLOOR, Math.max(FLOOR, matches / total));
      change = Math.max(change, Math.abs(newLambda - lambda));
      lambda = newLambda;
      converged = change < settings.tolerance();
    }
    List<LevelProbabilities> result = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      result.add(new LevelProbabilities(names.get(c), labels.get(c), m[c], u[c]));
    }
    return new EmResult(result, lambda, iteration, converged);
  }

  /**
   * Writes the shares of the non-missing levels into {@code target}, each level smoothed by
   * {@code priorCount * prior[l]} pseudo counts, or by one where there is no prior; returns the
   * largest move.
   */
  private static double normaliseInto(
      double[] sums, int missing, double[] target, double[] prior, double priorCount) {
    double total = 0;
    for (int l = 0; l < sums.length; l++) {
      if (l != missing) {
        total += sums[l];
      }
    }
    if (total <= 0) {
      return 0; // no pair had this field: keep the current values
    }
    for (int l = 0; l < sums.length; l++) {
      if (l != missing) {
        double pseudo = prior == null ? PSEUDO_COUNT : priorCount * prior[l];
        sums[l] += pseudo;
        total += pseudo;
      }
    }
    if (total <= 0) {
      return 0; // no pair had this field: keep the current values
    }
    double change = 0;
    for (int l = 0; l < sums.length; l++) {
      double value = l == missing ? 1.0 : Math.max(FLOOR, sums[l] / total);
      change = Math.max(change, Math.abs(value - target[l]));
      target[l] = value;
    }
    return change;
  }

  private static void collapse(
      ComparisonVectors vectors, List<byte[]> patterns, List<double[]> weights) {
    int width = vectors.width();
    Map<String, Integer> index = new HashMap<>();
    byte[] v = new byte[width];
    for (int k = 0; k < vectors.size(); k++) {
      for (int c = 0; c < width; c++) {
        v[c] = (byte) vectors.level(k, c);
      }
      String key = new String(v, java.nio.charset.StandardCharsets.ISO_8859_1);
      Integer at = index.get(key);
      if (at == null) {
        index.put(key, patterns.size());
        patterns.add(Arrays.copyOf(v, width));
        weights.add(new double[] {1, Double.NaN});
      } else {
        weights.get(at)[0]++;
      }
    }
  }

  private static double[] checked(double[] values, List<String> labels, String name, String kind) {
    if (values.length != labels.size()) {
      throw new IllegalArgumentException(
          "Fixed " + kind + " for " + name + " has " + values.length + " values; the comparison has "
              + labels.size() + " levels " + labels + " (include one for missing).");
    }
    return values.clone();
  }
}
