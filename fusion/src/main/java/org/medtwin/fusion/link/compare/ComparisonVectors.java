package org.medtwin.fusion.link.compare;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * The level of every comparison for every pair, one byte each in one array (pair-major): the
 * input of estimation and scoring.
 */
public final class ComparisonVectors {

  private final int width;
  private final byte[] levels;

  private ComparisonVectors(int width, byte[] levels) {
    this.width = width;
    this.levels = levels;
  }

  /** Compares every candidate pair; pairs are independent, so this runs on all cores. */
  public static ComparisonVectors compute(
      List<Comparison> comparisons, List<PersonRecord> records, CandidatePairs pairs) {
    return compute(comparisons, records, pairs.size(), pairs::left, pairs::right);
  }

  /** Compares the pairs {@code (left(k), right(k))} for {@code k < count}. */
  public static ComparisonVectors compute(
      List<Comparison> comparisons, List<PersonRecord> records, int count,
      IntUnaryOperator left, IntUnaryOperator right) {
    int width = comparisons.size();
    for (Comparison c : comparisons) {
      if (c.labels().size() > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("Comparison " + c.name() + " has too many levels.");
      }
    }
    byte[] levels = new byte[Math.multiplyExact(count, width)];
    IntStream.range(0, count).parallel().forEach(k -> {
      PersonRecord a = records.get(left.applyAsInt(k));
      PersonRecord b = records.get(right.applyAsInt(k));
      for (int c = 0; c < width; c++) {
        levels[k * width + c] = (byte) comparisons.get(c).level(a, b);
      }
    });
    return new ComparisonVectors(width, levels);
  }

  /** Vectors given directly, pair-major, for estimation tests on simulated data. */
  public static ComparisonVectors of(int width, byte[] levels) {
    if (width <= 0 || levels.length % width != 0) {
      throw new IllegalArgumentException(
          levels.length + " levels do not split into vectors of " + width + ".");
    }
    return new ComparisonVectors(width, levels.clone());
  }

  /** The number of comparisons per pair. */
  public int width() {
    return width;
  }

  /** The number of pairs. */
  public int size() {
    return levels.length / width;
  }

  /** The level of comparison {@code c} for pair {@code k}. */
  public int level(int k, int c) {
    return levels[k * width + c];
  }
}
