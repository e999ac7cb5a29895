package org.medtwin.fusion.link.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * Groups scored pairs into persons in a way that resists chaining.
 *
 * <p>Links (p at or above the threshold) form connected components. Inside each component,
 * strong links (p at or above the strong threshold) are joined first, strongest first; the
 * resulting groups are then merged, densest first, only while at least {@code minLinkDensity} of
 * the pairs between two groups are links. So a chain A–B–C where A–C is no link, or two families
 * joined by a single doubtful pair, falls apart instead of becoming one person. No merge ever
 * puts two records of one source with different identifiers of a unique authority together.
 */
public final class Clusterer {

  private final ClusterSettings settings;

  /** A clusterer with the given thresholds. */
  public Clusterer(ClusterSettings settings) {
    this.settings = settings;
  }

  /**
   * Clusters the records.
   *
   * @param probability the match probability of every candidate pair, in pair order
   * @throws IllegalArgumentException when there is not one probability per pair
   */
  public Clustering cluster(List<PersonRecord> records, CandidatePairs pairs, double[] probability) {
    return cluster(records, pairs, probability, CandidatePairs.of());
  }

  /**
   * Clusters the records, never putting the two records of a forbidden pair into one person (a
   * person's decision that they are different).
   *
   * @param probability the match probability of every candidate pair, in pair order
   * @param forbidden pairs of records that must end in different persons
   * @throws IllegalArgumentException when there is not one probability per pair
   */
  public Clustering cluster(
      List<PersonRecord> records, CandidatePairs pairs, double[] probability,
      CandidatePairs forbidden) {
    if (probability.length != pairs.size()) {
      throw new IllegalArgumentException(
          probability.length + " probabilities for " + pairs.size() + " pairs.");
    }
    int n = records.size();
    UnionFind components = new UnionFind(n);
    int linkCount = 0;
    for (int k = 0; k < pairs.size(); k++) {
      if (probability[k] >= settings.threshold()) {
        linkCount++;
        components.union(pairs.left(k), pairs.right(k));
      }
    }
    long[] byComponent = linksByComponent(pairs, probability, components, linkCount);
    GroupMerger merger =
        new GroupMerger(n, new MergeGuard(records, forbidden, settings), settings.minLinkDensity());
    int splits = 0;
    int start = 0;
    while (start < byComponent.length) {
      int component = (int) (byComponent[start] >>> 32);
      int end = start;
      while (end < byComponent.length && (int) (byComponent[end] >>> 32) == component) {
        end++;
      }
      if (clusterComponent(pairs, probability, byComponent, start, end, merger)) {
        splits++;
      }
      start = end;
    }
    return collect(records, merger, splits);
  }

  /**
   * The links as {@code component << 32 | link}, grouped by component and, inside one, by
   * falling probability; equal probabilities (to float precision) keep pair order, so runs
   * repeat. A counting sort by component, then a primitive sort per component: millions of links
   * never become objects.
   */
  private long[] linksByComponent(
      CandidatePairs pairs, double[] probability, UnionFind components, int linkCount) {
    int n = components.size();
    int[] offset = new int[n + 1];
    for (int k = 0; k < pairs.size(); k++) {
      if (probability[k] >= settings.threshold()) {
        offset[components.find(pairs.left(k)) + 1]++;
      }
    }
    for (int c = 0; c < n; c++) {
      offset[c + 1] += offset[c];
    }
    int[] fill = Arrays.copyOf(offset, n);
    long[] slots = new long[linkCount];
    for (int k = 0; k < pairs.size(); k++) {
      if (probability[k] >= settings.threshold()) {
        // Non-negative floats order as their bits do; MAX_VALUE minus them sorts falling.
        long strength = Integer.MAX_VALUE - Float.floatToIntBits((float) probability[k]);
        slots[fill[components.find(pairs.left(k))]++] = (strength << 32) | k;
      }
    }
    long[] sorted = new long[linkCount];
    for (int c = 0; c < n; c++) {
      if (offset[c + 1] > offset[c]) {
        Arrays.sort(slots, offset[c], offset[c + 1]);
        for (int i = offset[c]; i < offset[c + 1]; i++) {
          sorted[i] = ((long) c << 32) | (slots[i] & 0xffffffffL);
        }
      }
    }
    return sorted;
  }

  /**
   * Clusters one component's links ({@code byComponent[start..end)}, strongest first); returns
   * whether it ended in several persons.
   */
  private boolean clusterComponent(
      CandidatePairs pairs, double[] probability, long[] byComponent, int start, int end,
      GroupMerger merger) {
    for (int i = start; i < end; i++) {
      int k = (int) byComponent[i];
      if (probability[k] >= settings.strongThreshold()) {
        merger.join(pairs.left(k), pairs.right(k));
      }
    }
    int[] left = new int[end - start];
    int[] right = new int[end - start];
    for (int i = start; i < end; i++) {
      int k = (int) byComponent[i];
      left[i - start] = pairs.left(k);
      right[i - start] = pairs.right(k);
    }
    return merger.mergeDensest(left, right) > 1;
  }

  private static Clustering collect(List<PersonRecord> records, GroupMerger merger, int splits) {
    int n = records.size();
    int[] clusterOf = new int[n];
    Map<Integer, Integer> clusterOfRoot = new HashMap<>();
    List<List<Integer>> grouped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = merger.groupOf(i);
      Integer c = clusterOfRoot.get(root);
      if (c == null) {
        c = grouped.size();
        clusterOfRoot.put(root, c);
        grouped.add(new ArrayList<>());
      }
      clusterOf[i] = c;
      grouped.get(c).add(i);
    }
    List<int[]> clusters = new ArrayList<>(grouped.size());
    List<String> ids = new ArrayList<>(grouped.size());
    for (List<Integer> group : grouped) {
      clusters.add(group.stream().mapToInt(Integer::intValue).toArray());
      List<RecordKey> keys = new ArrayList<>(group.size());
      for (int i : group) {
        keys.add(records.get(i).key());
      }
      ids.add(PersonIds.of(keys));
    }
    return new Clustering(clusterOf, clusters, ids, splits);
  }
}
