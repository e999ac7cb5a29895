package org.medtwin.fusion.link.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Produces candidate pairs as the union of several blocking rules, hashing each record into one
 * bucket per key so that the work grows with the records and the bucket sizes, not with all pairs.
 */
public final class Blocker {

  private final List<BlockingRule> rules;
  private final PairScope scope;
  private final int maxBucketSize;

  /**
   * A blocker.
   *
   * @param maxBucketSize buckets larger than this are skipped (and reported): a bucket of n
   *     records costs n²/2 pairs, and a giant one ("smith" born in 1980, a placeholder date) holds
   *     little evidence that the other rules do not also find
   * @throws IllegalArgumentException when there are no rules or the cap is below 2
   */
  public Blocker(List<BlockingRule> rules, PairScope scope, int maxBucketSize) {
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("Blocking needs at least one rule.");
    }
    if (maxBucketSize < 2) {
      throw new IllegalArgumentException(
          "A bucket cap of " + maxBucketSize + " would pair nothing. Maybe 1000?");
    }
    this.rules = List.copyOf(rules);
    this.scope = scope;
    this.maxBucketSize = maxBucketSize;
  }

  /** The candidate pairs among the records. */
  public BlockingResult block(List<PersonRecord> records) {
    long[] all = new long[Math.max(16, records.size() * 4)];
    int count = 0;
    Map<String, Long> perRule = new LinkedHashMap<>();
    List<String> capped = new ArrayList<>();
    for (BlockingRule rule : rules) {
      Map<String, int[]> buckets = buckets(rule, records);
      long rulePairs = 0;
      for (Map.Entry<String, int[]> bucket : buckets.entrySet()) {
        int[] members = bucket.getValue();
        int size = members[0];
        if (size < 2) {
          continue;
        }
        if (size > maxBucketSize) {
          capped.add(rule.name() + ": " + bucket.getKey() + " (" + size + ")");
          continue;
        }
        for (int a = 1; a <= size; a++) {
          PersonRecord left = records.get(members[a]);
          for (int b = a + 1; b <= size; b++) {
            if (members[a] == members[b] || !scope.admits(left, records.get(members[b]))) {
              continue;
            }
            if (count == all.length) {
              all = Arrays.copyOf(all, all.length * 2);
            }
            all[count++] = CandidatePairs.pack(members[a], members[b]);
            rulePairs++;
          }
        }
      }
      perRule.put(rule.name(), rulePairs);
    }
    return new BlockingResult(CandidatePairs.ofPacked(all, count), perRule, capped);
  }

  /** Buckets as growable int arrays whose slot 0 holds the size. */
  private static Map<String, int[]> buckets(BlockingRule rule, List<PersonRecord> records) {
    Map<String, int[]> buckets = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      for (String key : rule.keys(records.get(i))) {
        int[] members = buckets.get(key);
        if (members == null) {
          members = new int[4];
        } else if (members[0] + 1 == members.length) {
          members = Arrays.copyOf(members, members.length * 2);
        }
        members[++members[0]] = i;
        buckets.put(key, members);
      }
    }
    return buckets;
  }
}
