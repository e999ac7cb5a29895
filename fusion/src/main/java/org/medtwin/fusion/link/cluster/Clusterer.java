package org.medtwin.fusion.link.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
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
    List<Integer> links = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (probability[k] >= settings.threshold()) {
        links.add(k);
        components.union(pairs.left(k), pairs.right(k));
      }
    }
    Map<Integer, List<Integer>> linksByComponent = new HashMap<>();
    for (int k : links) {
      linksByComponent.computeIfAbsent(components.find(pairs.left(k)), c -> new ArrayList<>()).add(k);
    }
    UnionFind persons = new UnionFind(n);
    int splits = 0;
    for (List<Integer> componentLinks : linksByComponent.values()) {
      if (clusterComponent(records, forbidden, pairs, probability, componentLinks, persons)) {
        splits++;
      }
    }
    return collect(records, persons, splits);
  }

  /** Clusters one component into {@code persons}; returns whether it ended in several persons. */
  private boolean clusterComponent(
      List<PersonRecord> records, CandidatePairs forbidden, CandidatePairs pairs,
      double[] probability, List<Integer> links,
      UnionFind persons) {
    links.sort(Comparator.comparingDouble((Integer k) -> -probability[k]));
    Map<Integer, Set<Integer>> members = new HashMap<>();
    for (int k : links) {
      members.computeIfAbsent(pairs.left(k), i -> new HashSet<>(Set.of(i)));
      members.computeIfAbsent(pairs.right(k), i -> new HashSet<>(Set.of(i)));
    }
    for (int k : links) {
      if (probability[k] >= settings.strongThreshold()) {
        join(records, forbidden, persons, members, pairs.left(k), pairs.right(k));
      }
    }
    // Average-linkage merging of the strong groups over all links, densest first.
    while (true) {
      Map<Long, Integer> crossLinks = new HashMap<>();
      for (int k : links) {
        int a = persons.find(pairs.left(k));
        int b = persons.find(pairs.right(k));
        if (a != b) {
          crossLinks.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), 1, Integer::sum);
        }
      }
      long best = -1;
      double bestDensity = -1;
      for (Map.Entry<Long, Integer> e : crossLinks.entrySet()) {
        int a = (int) (e.getKey() >>> 32);
        int b = (int) (long) e.getKey();
        double density =
            e.getValue() / ((double) members.get(a).size() * members.get(b).size());
        if (density > bestDensity && !conflict(records, forbidden, members.get(a), members.get(b))) {
          bestDensity = density;
          best = e.getKey();
        }
      }
      if (best < 0 || bestDensity < settings.minLinkDensity()) {
        break;
      }
      join(records, forbidden, persons, members, (int) (best >>> 32), (int) best);
    }
    Set<Integer> roots = new HashSet<>();
    for (int i : members.keySet()) {
      roots.add(persons.find(i));
    }
    return roots.size() > 1;
  }

  private void join(
      List<PersonRecord> records, CandidatePairs forbidden, UnionFind persons,
      Map<Integer, Set<Integer>> members, int i, int j) {
    int a = persons.find(i);
    int b = persons.find(j);
    if (a == b || conflict(records, forbidden, members.get(a), members.get(b))) {
      return;
    }
    int root = persons.union(a, b);
    Set<Integer> merged = members.get(a);
    merged.addAll(members.get(b));
    members.put(root, merged);
  }

  /**
   * Whether two groups hold a forbidden pair, or records of one source with different unique
   * identifiers.
   */
  private boolean conflict(
      List<PersonRecord> records, CandidatePairs forbidden, Set<Integer> a, Set<Integer> b) {
    if (forbidden.size() > 0) {
      for (int i : a) {
        for (int j : b) {
          if (forbidden.contains(i, j)) {
            return true;
          }
        }
      }
    }
    if (settings.uniqueIdentifierAuthorities().isEmpty()) {
      return false;
    }
    Map<String, String> seen = new HashMap<>();
    for (int i : a) {
      for (PersonIdentifier id : records.get(i).identifiers()) {
        if (settings.uniqueIdentifierAuthorities().contains(id.authority())) {
          seen.put(records.get(i).source() + "|" + id.authority(), id.value());
        }
      }
    }
    for (int i : b) {
      for (PersonIdentifier id : records.get(i).identifiers()) {
        String value = seen.get(records.get(i).source() + "|" + id.authority());
        if (value != null && !value.equals(id.value())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Clustering collect(List<PersonRecord> records, UnionFind persons, int splits) {
    int n = records.size();
    int[] clusterOf = new int[n];
    Arrays.fill(clusterOf, -1);
    Map<Integer, Integer> clusterOfRoot = new HashMap<>();
    List<List<Integer>> grouped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = persons.find(i);
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
