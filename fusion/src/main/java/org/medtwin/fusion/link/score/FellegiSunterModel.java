package org.medtwin.fusion.link.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.compare.Comparison;
import org.medtwin.fusion.link.compare.ComparisonVectors;
import org.medtwin.fusion.link.compare.StringComparison;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * A trained Fellegi–Sunter model: comparisons, their m and u, term frequencies for the
 * comparisons that use them, and the prior probability that two records match.
 */
public final class FellegiSunterModel {

  private final List<Comparison> comparisons;
  private final List<LevelProbabilities> parameters;
  private final Map<Integer, TermFrequencies> termFrequencies;
  private final double prior;

  /**
   * A model.
   *
   * @param termFrequencies term frequencies by comparison index (only string comparisons)
   * @param prior the probability that two records picked at random are the same person
   * @throws IllegalArgumentException when the prior is not strictly between 0 and 1
   */
  public FellegiSunterModel(
      List<Comparison> comparisons, List<LevelProbabilities> parameters,
      Map<Integer, TermFrequencies> termFrequencies, double prior) {
    if (!(prior > 0 && prior < 1)) {
      throw new IllegalArgumentException("Prior match probability " + prior + " is not in (0, 1).");
    }
    if (comparisons.size() != parameters.size()) {
      throw new IllegalArgumentException(
          comparisons.size() + " comparisons but " + parameters.size() + " parameter sets.");
    }
    this.comparisons = List.copyOf(comparisons);
    this.parameters = List.copyOf(parameters);
    this.termFrequencies = new HashMap<>(termFrequencies);
    this.prior = prior;
  }

  /** The comparisons. */
  public List<Comparison> comparisons() {
    return comparisons;
  }

  /** m and u per comparison. */
  public List<LevelProbabilities> parameters() {
    return parameters;
  }

  /** The prior match probability. */
  public double prior() {
    return prior;
  }

  /** log2 of the prior odds. */
  public double priorWeight() {
    return LevelProbabilities.log2(prior / (1 - prior));
  }

  /** The total match weight (without the prior) of pair {@code k} of the vectors. */
  public double weight(ComparisonVectors vectors, int k, PersonRecord a, PersonRecord b) {
    double total = 0;
    for (int c = 0; c < comparisons.size(); c++) {
      int level = vectors.level(k, c);
      total += parameters.get(c).weight(level);
      if (level == 0 && termFrequencies.containsKey(c)) {
        total += termFrequencyAdjustment(c, a, b);
      }
    }
    return total;
  }

  /** A pair's weight with every comparison's part: the explanation a person reads. */
  public MatchWeight explain(PersonRecord a, PersonRecord b) {
    List<FieldWeight> parts = new ArrayList<>();
    double total = 0;
    for (int c = 0; c < comparisons.size(); c++) {
      Comparison comparison = comparisons.get(c);
      int level = comparison.level(a, b);
      double w = parameters.get(c).weight(level);
      parts.add(new FieldWeight(comparison.name(), comparison.labels().get(level), w));
      total += w;
      if (level == 0 && termFrequencies.containsKey(c)) {
        double adjustment = termFrequencyAdjustment(c, a, b);
        String value = ((StringComparison) comparison).sharedValue(a, b);
        parts.add(new FieldWeight(comparison.name() + " (term frequency)", value, adjustment));
        total += adjustment;
      }
    }
    return new MatchWeight(priorWeight(), parts, total);
  }

  private double termFrequencyAdjustment(int c, PersonRecord a, PersonRecord b) {
    String value = ((StringComparison) comparisons.get(c)).sharedValue(a, b);
    return value == null ? 0.0 : termFrequencies.get(c).adjustment(value, parameters.get(c).u(0));
  }
}
