package org.medtwin.fusion.link.score;

import java.util.List;

/**
 * A pair's match weight with its per-field breakdown: {@code weight} is the sum of the parts, and
 * the match probability follows from the prior odds plus the weight.
 *
 * @param priorWeight log2 of the prior odds that two records match
 * @param parts the per-field contributions
 * @param weight the total of the parts, in bits
 */
public record MatchWeight(double priorWeight, List<FieldWeight> parts, double weight) {

  public MatchWeight {
    parts = List.copyOf(parts);
  }

  /** The match probability {@code 1 / (1 + 2^-(prior + weight))}. */
  public double probability() {
    return probability(priorWeight + weight);
  }

  /** The probability for a total log2 odds. */
  public static double probability(double log2Odds) {
    return 1.0 / (1.0 + Math.pow(2.0, -log2Odds));
  }
}
