package org.medtwin.fusion.link.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.compare.StringComparison;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * How common each value of a field is among the linked records, so that agreeing on "smith"
 * counts for less than agreeing on "zdanowicz".
 */
public final class TermFrequencies {

  private final Map<String, Double> frequency;
  private final double floor;

  private TermFrequencies(Map<String, Double> frequency, double floor) {
    this.frequency = frequency;
    this.floor = floor;
  }

  /** The relative frequency of every value of the comparison's field over the records. */
  public static TermFrequencies count(StringComparison comparison, List<PersonRecord> records) {
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    for (PersonRecord record : records) {
      for (String value : comparison.field().values(record)) {
        counts.merge(value, 1, Integer::sum);
        total++;
      }
    }
    Map<String, Double> frequency = new HashMap<>(counts.size() * 2);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      frequency.put(e.getKey(), e.getValue() / (double) total);
    }
    // A value never seen counts as seen once: the rarest possible, never infinitely rare.
    return new TermFrequencies(frequency, 1.0 / Math.max(1, total));
  }

  /** The relative frequency of a value. */
  public double frequency(String value) {
    Double f = frequency.get(value);
    return f == null ? floor : Math.max(f, floor);
  }

  /**
   * The extra weight of exact agreement on {@code value}: {@code log2(uExact / frequency)}, so
   * that the exact level's weight becomes {@code log2(m / frequency)}.
   */
  public double adjustment(String value, double uExact) {
    return LevelProbabilities.log2(uExact / frequency(value));
  }
}
