package org.medtwin.fusion.link.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medtwin.fusion.link.cluster.PersonIds;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * Gives each new cluster a person id that survives re-linking: a cluster keeps the id most of its
 * records already had; when a person splits, the part holding most of its records keeps the id;
 * a cluster of new records (or the smaller part of a split) gets a fresh id derived from its
 * records ({@link PersonIds}), never one that is in use.
 */
final class StableIds {

  private StableIds() {}

  /**
   * The id of every cluster.
   *
   * @param clusters record indices per cluster
   * @param earlierId the id each record had before, or {@code null}
   * @param reserved ids held by persons outside these clusters
   */
  static List<String> assign(
      List<int[]> clusters, List<PersonRecord> records, List<String> earlierId,
      Set<String> reserved) {
    record Claim(int cluster, String id, int votes) {}
    List<Claim> claims = new ArrayList<>();
    for (int c = 0; c < clusters.size(); c++) {
      Map<String, Integer> votes = new HashMap<>();
      for (int i : clusters.get(c)) {
        if (earlierId.get(i) != null) {
          votes.merge(earlierId.get(i), 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> vote : votes.entrySet()) {
        claims.add(new Claim(c, vote.getKey(), vote.getValue()));
      }
    }
    // Most votes first; ties by id and cluster so that the outcome never depends on map order.
    claims.sort(Comparator.comparingInt((Claim claim) -> -claim.votes())
        .thenComparing(Claim::id).thenComparingInt(Claim::cluster));
    String[] ids = new String[clusters.size()];
    Set<String> taken = new HashSet<>(reserved);
    for (Claim claim : claims) {
      if (ids[claim.cluster()] == null && !taken.contains(claim.id())) {
        ids[claim.cluster()] = claim.id();
        taken.add(claim.id());
      }
    }
    // Every id a record held before stays out of reach of fresh ids, so no id ever changes owner.
    for (String id : earlierId) {
      if (id != null) {
        taken.add(id);
      }
    }
    for (int c = 0; c < clusters.size(); c++) {
      if (ids[c] == null) {
        ids[c] = freshId(clusters.get(c), records, taken);
        taken.add(ids[c]);
      }
    }
    return List.of(ids);
  }

  private static String freshId(int[] cluster, List<PersonRecord> records, Set<String> taken) {
    List<RecordKey> keys = new ArrayList<>(cluster.length);
    for (int i : cluster) {
      keys.add(records.get(i).key());
    }
    keys.sort(Comparator.naturalOrder());
    // The id of the smallest key, as a first run gives it; when that id is taken, the next key's.
    for (int k = 0; k < keys.size(); k++) {
      String id = PersonIds.of(keys.subList(k, keys.size()));
      if (!taken.contains(id)) {
        return id;
      }
    }
    String id = PersonIds.of(List.of(new RecordKey(keys.get(0).source(), keys.get(0).recordId() + "#")));
    for (int n = 2; taken.contains(id); n++) {
      id = PersonIds.of(List.of(new RecordKey(keys.get(0).source(), keys.get(0).recordId() + "#" + n)));
    }
    return id;
  }
}
