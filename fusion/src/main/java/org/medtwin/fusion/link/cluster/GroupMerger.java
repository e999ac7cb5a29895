package org.medtwin.fusion.link.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Groups of records that grow by joins, and average-linkage merging of the groups of one
 * component, densest pair of groups first.
 *
 * <p>The link counts between groups are kept up to date as groups merge, and candidate merges
 * wait in a priority queue whose stale entries are skipped, so a component of L links costs
 * about L log L rather than a recount of every link after every merge.
 */
final class GroupMerger {

  private final UnionFind groups;
  private final MergeGuard guard;
  private final double minDensity;
  /** Members of every group of more than one record; a record alone is its own group. */
  private final Map<Integer, int[]> members = new HashMap<>();
  /** The version of a group's links: a queued merge is stale once either side changed. */
  private final Map<Integer, Long> versions = new HashMap<>();
  private long clock;

  GroupMerger(int records, MergeGuard guard, double minDensity) {
    this.groups = new UnionFind(records);
    this.guard = guard;
    this.minDensity = minDensity;
  }

  /** The group (its root record) the record is in. */
  int groupOf(int record) {
    return groups.find(record);
  }

  /** Joins the groups of two records unless the guard forbids it; returns whether they are one. */
  boolean join(int i, int j) {
    int a = groups.find(i);
    int b = groups.find(j);
    if (a == b) {
      return true;
    }
    int[] membersA = membersOf(a);
    int[] membersB = membersOf(b);
    if (guard.conflicts(membersA, membersB)) {
      return false;
    }
    int root = groups.union(a, b);
    int[] merged = Arrays.copyOf(membersA, membersA.length + membersB.length);
    System.arraycopy(membersB, 0, merged, membersA.length, membersB.length);
    members.remove(a);
    members.remove(b);
    members.put(root, merged);
    versions.put(root, ++clock);
    return true;
  }

  /**
   * Merges the groups the links {@code (left[i], right[i])} connect, densest first, while at
   * least the minimum share of the pairs between two groups are links.
   *
   * @return the number of groups the links' records end in
   */
  int mergeDensest(int[] left, int[] right) {
    Map<Integer, Map<Integer, Integer>> cross = new HashMap<>();
    for (int i = 0; i < left.length; i++) {
      int a = groups.find(left[i]);
      int b = groups.find(right[i]);
      if (a != b) {
        cross.computeIfAbsent(a, g -> new HashMap<>()).merge(b, 1, Integer::sum);
        cross.computeIfAbsent(b, g -> new HashMap<>()).merge(a, 1, Integer::sum);
      }
    }
    PriorityQueue<Candidate> queue = new PriorityQueue<>(Candidate.DENSEST_FIRST);
    for (Map.Entry<Integer, Map<Integer, Integer>> group : cross.entrySet()) {
      for (Map.Entry<Integer, Integer> other : group.getValue().entrySet()) {
        if (group.getKey() < other.getKey()) {
          queue.add(candidate(group.getKey(), other.getKey(), other.getValue()));
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate best = queue.poll();
      if (best.density() < minDensity) {
        break;
      }
      if (isStale(best) || !join(best.a(), best.b())) {
        continue;
      }
      int root = groups.find(best.a());
      Map<Integer, Integer> links = mergeLinks(cross, best.a(), best.b(), root);
      for (Map.Entry<Integer, Integer> other : links.entrySet()) {
        queue.add(candidate(root, other.getKey(), other.getValue()));
      }
    }
    Set<Integer> roots = new HashSet<>();
    for (int i = 0; i < left.length; i++) {
      roots.add(groups.find(left[i]));
      roots.add(groups.find(right[i]));
    }
    return roots.size();
  }

  /** Moves the link counts of groups a and b onto their merged group {@code root}. */
  private static Map<Integer, Integer> mergeLinks(
      Map<Integer, Map<Integer, Integer>> cross, int a, int b, int root) {
    Map<Integer, Integer> linksA = cross.remove(a);
    Map<Integer, Integer> linksB = cross.remove(b);
    Map<Integer, Integer> large = linksA.size() >= linksB.size() ? linksA : linksB;
    Map<Integer, Integer> small = large == linksA ? linksB : linksA;
    for (Map.Entry<Integer, Integer> e : small.entrySet()) {
      large.merge(e.getKey(), e.getValue(), Integer::sum);
    }
    large.remove(a);
    large.remove(b);
    for (Map.Entry<Integer, Integer> other : large.entrySet()) {
      Map<Integer, Integer> theirs = cross.get(other.getKey());
      theirs.remove(a);
      theirs.remove(b);
      theirs.put(root, other.getValue());
    }
    cross.put(root, large);
    return large;
  }

  private Candidate candidate(int a, int b, int links) {
    double density = links / ((double) membersOf(a).length * membersOf(b).length);
    return new Candidate(Math.min(a, b), Math.max(a, b), density, version(a), version(b));
  }

  private boolean isStale(Candidate c) {
    return groups.find(c.a()) != c.a() || groups.find(c.b()) != c.b()
        || version(c.a()) != c.versionA() || version(c.b()) != c.versionB();
  }

  private long version(int group) {
    return versions.getOrDefault(group, 0L);
  }

  private int[] membersOf(int group) {
    int[] m = members.get(group);
    return m == null ? new int[] {group} : m;
  }

  /** A possible merge of groups a < b, as it stood when queued. */
  private record Candidate(int a, int b, double density, long versionA, long versionB) {
    static final Comparator<Candidate> DENSEST_FIRST =
        Comparator.comparingDouble(Candidate::density).reversed()
            .thenComparingInt(Candidate::a)
            .thenComparingInt(Candidate::b);
  }
}
