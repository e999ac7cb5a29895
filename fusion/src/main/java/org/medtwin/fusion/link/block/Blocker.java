package org.medtwin.fusion.link.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Produces candidate pairs as the union of several blocking rules, hashing each record into one
 * bucket per key so that the work grows with the records and the bucket sizes, not with all pairs.
 *
 * <p>A bucket larger than the refinement size is split by its rule's {@link BucketRefinement}
 * (a postcode bucket by birth year), so that the pair count stays near-linear as a network grows
 * while small networks, whose buckets never get that crowded, are blocked exactly as before.
 */
public final class Blocker {

  /** Buckets above this size are split by their rule's refinement. */
  public static final int DEFAULT_REFINE_ABOVE = 32;

  /**
   * Records without a refinement value pair with their whole crowded bucket only up to this size;
   * above it they are left to the other rules (and reported), since n missing values in a bucket
   * of m cost n·m pairs: at a million records, birth dates missing in postcode buckets alone gave
   * 16 million pairs.
   */
  public static final int MAX_UNREFINED_BUCKET = 128;

  private final List<BlockingRule> rules;
  private final PairScope scope;
  private final int maxBucketSize;
  private final int refineAbove;

  /**
   * A blocker that refines buckets above {@link #DEFAULT_REFINE_ABOVE} records.
   *
   * @param maxBucketSize buckets (or refined sub-buckets) larger than this are skipped and
   *     reported: a bucket of n records costs n²/2 pairs, and a giant one ("smith" born in 1980, a
   *     placeholder date) holds little evidence that the other rules do not also find
   * @throws IllegalArgumentException when there are no rules or the cap is below 2
   */
  public Blocker(List<BlockingRule> rules, PairScope scope, int maxBucketSize) {
    this(rules, scope, maxBucketSize, DEFAULT_REFINE_ABOVE);
  }

  /**
   * A blocker.
   *
   * @param refineAbove buckets larger than this are split by their rule's refinement
   * @throws IllegalArgumentException when there are no rules or a size is below 2
   */
  public Blocker(List<BlockingRule> rules, PairScope scope, int maxBucketSize, int refineAbove) {
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("Blocking needs at least one rule.");
    }
    if (maxBucketSize < 2) {
      throw new IllegalArgumentException(
          "A bucket cap of " + maxBucketSize + " would pair nothing. Maybe 1000?");
    }
    if (refineAbove < 2) {
      throw new IllegalArgumentException(
          "Refining buckets above " + refineAbove + " records would split every pair. Maybe "
              + DEFAULT_REFINE_ABOVE + "?");
    }
    this.rules = List.copyOf(rules);
    this.scope = scope;
    this.maxBucketSize = maxBucketSize;
    this.refineAbove = refineAbove;
  }

  /** The candidate pairs among the records. */
  public BlockingResult block(List<PersonRecord> records) {
    PairCollector pairs = new PairCollector(records, scope, Math.max(16, records.size() * 4));
    Map<String, Long> perRule = new LinkedHashMap<>();
    List<String> capped = new ArrayList<>();
    for (BlockingRule rule : rules) {
      long before = pairs.added;
      for (Map.Entry<String, int[]> bucket : buckets(rule, records).entrySet()) {
        int[] members = bucket.getValue();
        int size = members[0];
        if (size < 2) {
          continue;
        }
        Optional<BucketRefinement> refinement = rule.refinement();
        if (size > refineAbove && refinement.isPresent()) {
          pairRefined(records, rule, bucket.getKey(), members, refinement.get(), pairs, capped);
        } else if (size > maxBucketSize) {
          capped.add(rule.name() + ": " + bucket.getKey() + " (" + size + ")");
        } else {
          pairs.addAllPairs(members, 1, size);
        }
      }
      perRule.put(rule.name(), pairs.added - before);
    }
    return new BlockingResult(CandidatePairs.ofPacked(pairs.all, pairs.count), perRule, capped);
  }

  /**
   * Pairs a crowded bucket's records that agree on the refinement; records without a refinement
   * value pair with every record of the bucket, unless the bucket is above
   * {@link #MAX_UNREFINED_BUCKET} or the cap.
   */
  private void pairRefined(
      List<PersonRecord> records, BlockingRule rule, String key, int[] members,
      BucketRefinement refinement, PairCollector pairs, List<String> capped) {
    Map<String, int[]> parts = new HashMap<>();
    int[] unrefined = new int[4];
    for (int a = 1; a <= members[0]; a++) {
      String value = refinement.value(records.get(members[a]));
      if (value == null) {
        unrefined = append(unrefined, members[a]);
      } else {
        parts.put(value, append(parts.get(value), members[a]));
      }
    }
    for (Map.Entry<String, int[]> part : parts.entrySet()) {
      int[] partMembers = part.getValue();
      if (partMembers[0] > maxBucketSize) {
        capped.add(rule.name() + ": " + key + " / " + part.getKey() + " (" + partMembers[0] + ")");
      } else {
        pairs.addAllPairs(partMembers, 1, partMembers[0]);
      }
    }
    if (unrefined[0] > 0) {
      if (members[0] > Math.min(maxBucketSize, MAX_UNREFINED_BUCKET)) {
        // Pairing them with all of a giant bucket would cost as much as not refining it.
        capped.add(rule.name() + ": " + key + " / missing (" + unrefined[0] + " of "
            + members[0] + ")");
        return;
      }
      pairs.addAllPairs(unrefined, 1, unrefined[0]);
      for (int[] part : parts.values()) {
        for (int a = 1; a <= unrefined[0]; a++) {
          for (int b = 1; b <= part[0]; b++) {
            pairs.add(unrefined[a], part[b]);
          }
        }
      }
    }
  }

  /** Buckets as growable int arrays whose slot 0 holds the size. */
  private static Map<String, int[]> buckets(BlockingRule rule, List<PersonRecord> records) {
    Map<String, int[]> buckets = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      for (String key : rule.keys(records.get(i))) {
        buckets.put(key, append(buckets.get(key), i));
      }
    }
    return buckets;
  }

  /** Appends to a growable int array whose slot 0 holds the size; {@code null} starts one. */
  private static int[] append(int[] members, int value) {
    if (members == null) {
      members = new int[4];
    } else if (members[0] + 1 == members.length) {
      members = Arrays.copyOf(members, members.length * 2);
    }
    members[++members[0]] = value;
    return members;
  }

  /** Packed pairs in the order found, repeats included; the union removes them. */
  private static final class PairCollector {
    private final List<PersonRecord> records;
    private final PairScope scope;
    private long[] all;
    private int count;
    private long added;

    PairCollector(List<PersonRecord> records, PairScope scope, int capacity) {
      this.records = records;
      this.scope = scope;
      this.all = new long[capacity];
    }

    void addAllPairs(int[] members, int from, int to) {
      for (int a = from; a <= to; a++) {
        for (int b = a + 1; b <= to; b++) {
          add(members[a], members[b]);
        }
      }
    }

    void add(int i, int j) {
      if (i == j || !scope.admits(records.get(i), records.get(j))) {
        return;
      }
      if (count == all.length) {
        all = Arrays.copyOf(all, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, 2L * all.length)));
      }
      all[count++] = CandidatePairs.pack(i, j);
      added++;
    }
  }
}
