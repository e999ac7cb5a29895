package org.medtwin.fusion.link.score;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.compare.Comparison;
import org.medtwin.fusion.link.compare.ComparisonVectors;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Estimates u from pairs drawn at random: almost every random pair is a non-match, so the share
 * of random pairs at a level is that level's u.
 */
public final class RandomPairs {

  private RandomPairs() {}

  /**
   * u per comparison from {@code count} random in-scope pairs, each level smoothed by one pseudo
   * pair so that a level no random pair reached gets a small u, not zero.
   */
  public static List<double[]> estimateU(
      List<Comparison> comparisons, List<PersonRecord> records, PairScope scope, int count,
      long seed) {
    int n = records.size();
    if (n < 2) {
      throw new IllegalArgumentException("Random pairs need at least two records, got " + n + ".");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] left = new int[count];
    int[] right = new int[count];
    int drawn = 0;
    int attempts = 0;
    while (drawn < count && attempts < count * 20) {
      attempts++;
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (i != j && scope.admits(records.get(i), records.get(j))) {
        left[drawn] = i;
        right[drawn] = j;
        drawn++;
      }
    }
    ComparisonVectors vectors =
        ComparisonVectors.compute(comparisons, records, drawn, k -> left[k], k -> right[k]);
    List<double[]> u = new ArrayList<>(comparisons.size());
    for (int c = 0; c < comparisons.size(); c++) {
      int levels = comparisons.get(c).labels().size();
      int missing = levels - 1;
      double[] counts = new double[levels];
      for (int k = 0; k < drawn; k++) {
        counts[vectors.level(k, c)]++;
      }
      double present = 0;
      for (int l = 0; l < missing; l++) {
        counts[l] += 1; // one pseudo pair per level
        present += counts[l];
      }
      for (int l = 0; l < missing; l++) {
        counts[l] /= present;
      }
      counts[missing] = 1.0;
      u.add(counts);
    }
    return u;
  }
}
