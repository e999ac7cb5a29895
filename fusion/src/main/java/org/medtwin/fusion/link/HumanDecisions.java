package org.medtwin.fusion.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * Human decisions resolved against a list of records: confirmed pairs become candidates scored
 * certain, split pairs are scored impossible and forbidden to the clusterer. Of several decisions
 * on one pair the last holds; decisions on records not in the list are ignored.
 */
public final class HumanDecisions {

  private final List<int[]> same = new ArrayList<>();
  private final List<int[]> different = new ArrayList<>();

  /** The decisions, oldest first, over the records in linkage order. */
  public HumanDecisions(List<PersonRecord> records, List<PairDecision> decisions) {
    Map<RecordKey, Integer> index = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      index.put(records.get(i).key(), i);
    }
    Map<Long, Boolean> latest = new LinkedHashMap<>();
    for (PairDecision decision : decisions) {
      Integer a = index.get(decision.a());
      Integer b = index.get(decision.b());
      if (a != null && b != null && !a.equals(b)) {
        latest.put(((long) Math.min(a, b) << 32) | Math.max(a, b), decision.same());
      }
    }
    for (Map.Entry<Long, Boolean> e : latest.entrySet()) {
      int[] pair = {(int) (e.getKey() >>> 32), (int) (long) e.getKey()};
      (e.getValue() ? same : different).add(pair);
    }
  }

  /** No decisions at all. */
  public static HumanDecisions none() {
    return new HumanDecisions(List.of(), List.of());
  }

  /** The blocked pairs plus every confirmed pair, so that confirmed pairs are always scored. */
  public CandidatePairs withConfirmed(CandidatePairs blocked) {
    return same.isEmpty() ? blocked : blocked.plus(same);
  }

  /** The pairs the clusterer must keep apart. */
  public CandidatePairs forbidden() {
    return CandidatePairs.of(different.toArray(new int[0][]));
  }

  /** Overrides the model: 1 for confirmed pairs, 0 for split ones (those among the candidates). */
  public void apply(CandidatePairs pairs, double[] probability) {
    for (int[] pair : same) {
      set(pairs, probability, pair, 1.0);
    }
    for (int[] pair : different) {
      set(pairs, probability, pair, 0.0);
    }
  }

  private static void set(CandidatePairs pairs, double[] probability, int[] pair, double value) {
    int k = pairs.indexOf(pair[0], pair[1]);
    if (k >= 0) {
      probability[k] = value;
    }
  }
}
