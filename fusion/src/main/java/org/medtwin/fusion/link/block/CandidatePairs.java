package org.medtwin.fusion.link.block;

import java.util.Arrays;
import java.util.List;

/**
 * A sorted set of record pairs {@code (i, j)} with {@code i < j}, indices into the linked record
 * list, packed into longs so that a million pairs cost 8 MB and no objects.
 */
public final class CandidatePairs {

  private final long[] packed;

  private CandidatePairs(long[] packed) {
    this.packed = packed;
  }

  /** The distinct pairs among packed values, in any order and with repeats. */
  static CandidatePairs ofPacked(long[] values, int length) {
    long[] sorted = Arrays.copyOf(values, length);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        sorted[distinct++] = sorted[k];
      }
    }
    return new CandidatePairs(Arrays.copyOf(sorted, distinct));
  }

  /**
   * The given pairs, each as {@code {i, j}} in either order; like every instance they are held
   * sorted by {@code (i, j)}, which is the order per-pair arrays (probabilities) follow.
   */
  public static CandidatePairs of(int[]... pairs) {
    long[] values = new long[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      values[k] = pack(pairs[k][0], pairs[k][1]);
    }
    return ofPacked(values, values.length);
  }

  /** These pairs and the extra ones, each {@code {i, j}} in either order. */
  public CandidatePairs plus(List<int[]> extra) {
    long[] values = Arrays.copyOf(packed, packed.length + extra.size());
    for (int k = 0; k < extra.size(); k++) {
      values[packed.length + k] = pack(extra.get(k)[0], extra.get(k)[1]);
    }
    return ofPacked(values, values.length);
  }

  /** The pairs the filter keeps, in the same order. */
  public CandidatePairs retain(PairFilter filter) {
    long[] kept = new long[packed.length];
    int count = 0;
    for (int k = 0; k < packed.length; k++) {
      if (filter.keep(left(k), right(k))) {
        kept[count++] = packed[k];
      }
    }
    return new CandidatePairs(Arrays.copyOf(kept, count));
  }

  /** Says which pairs {@link #retain(PairFilter)} keeps. */
  @FunctionalInterface
  public interface PairFilter {
    /** Whether the pair of records {@code i < j} stays. */
    boolean keep(int i, int j);
  }

  static long pack(int i, int j) {
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }

  /** The number of pairs. */
  public int size() {
    return packed.length;
  }

  /** The smaller record index of pair {@code k}. */
  public int left(int k) {
    return (int) (packed[k] >>> 32);
  }

  /** The larger record index of pair {@code k}. */
  public int right(int k) {
    return (int) packed[k];
  }

  /** The position of the pair of records {@code i} and {@code j}, or a negative number. */
  public int indexOf(int i, int j) {
    return i == j ? -1 : Arrays.binarySearch(packed, pack(i, j));
  }

  /** Whether the pair of records {@code i} and {@code j} is a candidate. */
  public boolean contains(int i, int j) {
    return i != j && Arrays.binarySearch(packed, pack(i, j)) >= 0;
  }
}
