package org.medtwin.fusion.link.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.evaluate.BCubedScores;
import org.medtwin.fusion.link.evaluate.PairwiseScores;
import org.medtwin.fusion.link.evaluate.Truth;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.store.person.PersonLink;

/**
 * Scores the stored persons against a truth: pairwise precision, recall and F1 over every pair of
 * records (within a source too), and B-cubed precision and recall.
 *
 * @param records linked records scored
 * @param notInTruth linked records the truth does not name (each counts as its own true person)
 * @param pairwise pairwise scores of the persons
 * @param bCubed B-cubed scores of the persons
 */
public record IndexEvaluation(
    long records, long notInTruth, PairwiseScores pairwise, BCubedScores bCubed) {

  /** Scores the links against the true person of each record key. */
  public static IndexEvaluation of(List<PersonLink> links, Map<RecordKey, String> truth) {
    List<PersonRecord> records = new ArrayList<>(links.size());
    int[] clusterOf = new int[links.size()];
    Map<String, Integer> clusterIndex = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    List<String> personIds = new ArrayList<>();
    long notInTruth = 0;
    for (int i = 0; i < links.size(); i++) {
      PersonLink link = links.get(i);
      records.add(new PersonRecord(
          link.source(), link.recordId(), null, null, null, null, null, null));
      if (!truth.containsKey(records.get(i).key())) {
        notInTruth++;
      }
      int c = clusterIndex.computeIfAbsent(link.personId(), id -> {
        members.add(new ArrayList<>());
        personIds.add(id);
        return members.size() - 1;
      });
      clusterOf[i] = c;
      members.get(c).add(i);
    }
    List<int[]> clusters = members.stream()
        .map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toList();
    Clustering clustering = new Clustering(clusterOf, clusters, personIds, 0);
    Truth scored = new Truth(records, truth, PairScope.ALL_PAIRS);
    return new IndexEvaluation(
        links.size(), notInTruth, scored.scoreClusters(clustering), scored.bCubed(clustering));
  }
}
