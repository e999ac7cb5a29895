package org.medtwin.fusion.link.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * The true person of every record, and the scores of a linkage against it. A record the truth
 * does not name is its own person.
 */
public final class Truth {

  private final int[] entityOf;
  private final List<PersonRecord> records;
  private final PairScope scope;

  /**
   * The truth for the records in linkage order.
   *
   * @param entities the true person id of each record key
   * @param scope the pairs that count (across sources only, or all)
   */
  public Truth(List<PersonRecord> records, Map<RecordKey, String> entities, PairScope scope) {
    this.records = List.copyOf(records);
    this.scope = scope;
    this.entityOf = new int[records.size()];
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      RecordKey key = records.get(i).key();
      String entity = entities.getOrDefault(key, "\u0000" + key);
      entityOf[i] = ids.computeIfAbsent(entity, e -> ids.size());
    }
  }

  /** Whether two records are one true person. */
  public boolean matches(int i, int j) {
    return entityOf[i] == entityOf[j];
  }

  /** The number of true in-scope pairs. */
  public long truePairs() {
    return countPairs(entityOf, entityOf);
  }

  /** The share of true pairs that blocking kept. */
  public double blockingRecall(CandidatePairs pairs) {
    long kept = 0;
    for (int k = 0; k < pairs.size(); k++) {
      if (matches(pairs.left(k), pairs.right(k))) {
        kept++;
      }
    }
    long all = truePairs();
    return all == 0 ? 1.0 : kept / (double) all;
  }

  /** Pairwise scores of the links: candidate pairs with probability at or above the threshold. */
  public PairwiseScores scoreLinks(CandidatePairs pairs, double[] probability, double threshold) {
    long tp = 0;
    long fp = 0;
    for (int k = 0; k < pairs.size(); k++) {
      if (probability[k] >= threshold) {
        if (matches(pairs.left(k), pairs.right(k))) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    return new PairwiseScores(tp, fp, truePairs() - tp);
  }

  /** Pairwise scores of the clusters: every in-scope pair inside a predicted cluster. */
  public PairwiseScores scoreClusters(Clustering clustering) {
    long predicted = countPairs(clustering.clusterOf(), clustering.clusterOf());
    long both = countPairsBoth(clustering.clusterOf());
    return new PairwiseScores(both, predicted - both, truePairs() - both);
  }

  /** B-cubed precision and recall of the clusters. */
  public BCubedScores bCubed(Clustering clustering) {
    int n = records.size();
    int[] cluster = clustering.clusterOf();
    Map<Integer, Integer> clusterSize = new HashMap<>();
    Map<Integer, Integer> entitySize = new HashMap<>();
    Map<Long, Integer> overlap = new HashMap<>();
    for (int i = 0; i < n; i++) {
      clusterSize.merge(cluster[i], 1, Integer::sum);
      entitySize.merge(entityOf[i], 1, Integer::sum);
      overlap.merge(((long) cluster[i] << 32) | entityOf[i], 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < n; i++) {
      double both = overlap.get(((long) cluster[i] << 32) | entityOf[i]);
      precision += both / clusterSize.get(cluster[i]);
      recall += both / entitySize.get(entityOf[i]);
    }
    return new BCubedScores(precision / n, recall / n);
  }

  /** In-scope pairs whose records share a label in {@code a} and in {@code b}. */
  private long countPairs(int[] a, int[] b) {
    Map<Long, Long> groups = new HashMap<>();
    Map<String, Long> sameSource = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      long group = ((long) a[i] << 32) | b[i];
      groups.merge(group, 1L, Long::sum);
      if (scope == PairScope.ACROSS_SOURCES) {
        sameSource.merge(group + "|" + records.get(i).source(), 1L, Long::sum);
      }
    }
    long pairs = 0;
    for (long size : groups.values()) {
      pairs += size * (size - 1) / 2;
    }
    for (long size : sameSource.values()) {
      pairs -= size * (size - 1) / 2;
    }
    return pairs;
  }

  private long countPairsBoth(int[] cluster) {
    return countPairs(cluster, entityOf);
  }
}
