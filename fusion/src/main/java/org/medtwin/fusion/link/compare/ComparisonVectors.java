package org.medtwin.fusion.link.compare;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * The level of every comparison for every pair, one byte each (pair-major): the input of
 * estimation and scoring. Held in chunks of 2²⁰ pairs, so that a network's hundreds of millions
 * of candidate pairs fit where one Java array (at most 2³¹ bytes) would not.
 */
public final class ComparisonVectors {

  private static final int CHUNK_BITS = 20;
  private static final int CHUNK_PAIRS = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = CHUNK_PAIRS - 1;

  private final int width;
  private final int size;
  private final byte[][] chunks;

  private ComparisonVectors(int width, int size) {
    this.width = width;
    this.size = size;
    int count = (int) (((long) size + CHUNK_PAIRS - 1) >>> CHUNK_BITS);
    this.chunks = new byte[count][];
    for (int c = 0; c < count; c++) {
      int pairs = Math.min(CHUNK_PAIRS, size - (c << CHUNK_BITS));
      chunks[c] = new byte[pairs * width];
    }
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
    int width = checkedWidth(comparisons);
    ComparisonVectors vectors = new ComparisonVectors(width, count);
    Comparison[] byIndex = comparisons.toArray(new Comparison[0]);
    IntStream.range(0, count).parallel().forEach(k -> {
      PersonRecord a = records.get(left.applyAsInt(k));
      PersonRecord b = records.get(right.applyAsInt(k));
      byte[] chunk = vectors.chunks[k >>> CHUNK_BITS];
      int offset = (k & CHUNK_MASK) * width;
      for (int c = 0; c < width; c++) {
        chunk[offset + c] = (byte) byIndex[c].level(a, b);
      }
    });
    return vectors;
  }

  /**
   * The vectors of {@code subset}'s pairs: copied from {@code known} (the vectors of
   * {@code pairs}) where a pair is among them, compared afresh where not. Training on a subset of
   * the candidate pairs so costs no second comparison of the same pair.
   */
  public static ComparisonVectors select(
      List<Comparison> comparisons, List<PersonRecord> records, CandidatePairs pairs,
      ComparisonVectors known, CandidatePairs subset) {
    int width = checkedWidth(comparisons);
    if (known.width != width || known.size != pairs.size()) {
      throw new IllegalArgumentException(
          "Known vectors (" + known.size + " × " + known.width + ") do not belong to "
              + pairs.size() + " pairs of " + width + " comparisons.");
    }
    ComparisonVectors vectors = new ComparisonVectors(width, subset.size());
    Comparison[] byIndex = comparisons.toArray(new Comparison[0]);
    IntStream.range(0, subset.size()).parallel().forEach(k -> {
      int i = subset.left(k);
      int j = subset.right(k);
      int at = pairs.indexOf(i, j);
      byte[] chunk = vectors.chunks[k >>> CHUNK_BITS];
      int offset = (k & CHUNK_MASK) * width;
      for (int c = 0; c < width; c++) {
        chunk[offset + c] = at >= 0
            ? (byte) known.level(at, c)
            : (byte) byIndex[c].level(records.get(i), records.get(j));
      }
    });
    return vectors;
  }

  /** Vectors given directly, pair-major, for estimation tests on simulated data. */
  public static ComparisonVectors of(int width, byte[] levels) {
    if (width <= 0 || levels.length % width != 0) {
      throw new IllegalArgumentException(
          levels.length + " levels do not split into vectors of " + width + ".");
    }
    ComparisonVectors vectors = new ComparisonVectors(width, levels.length / width);
    for (int k = 0; k < vectors.size; k++) {
      System.arraycopy(levels, k * width, vectors.chunks[k >>> CHUNK_BITS],
          (k & CHUNK_MASK) * width, width);
    }
    return vectors;
  }

  private static int checkedWidth(List<Comparison> comparisons) {
    for (Comparison c : comparisons) {
      if (c.labels().size() > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("Comparison " + c.name() + " has too many levels.");
      }
    }
    return comparisons.size();
  }

  /** The number of comparisons per pair. */
  public int width() {
    return width;
  }

  /** The number of pairs. */
  public int size() {
    return size;
  }

  /** The level of comparison {@code c} for pair {@code k}. */
  public int level(int k, int c) {
    return chunks[k >>> CHUNK_BITS][(k & CHUNK_MASK) * width + c];
  }
}
