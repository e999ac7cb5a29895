package org.medtwin.fusion.link.index;

import java.util.List;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.score.FellegiSunterModel;

/**
 * Where one linkage run put records: the clusters it (re)formed, each record's best match
 * probability inside its cluster, and the model it trained, if any. Records in no cluster here
 * keep their earlier person.
 *
 * @param clusters record indices of every cluster the run formed
 * @param bestProbability per record, the highest probability to another record of its cluster
 *     (0 for a record alone); only meaningful for records in {@code clusters}
 * @param pairsCompared candidate pairs compared and scored
 * @param trained the model the run trained, or {@code null} when it reused a stored one
 * @param prior the prior match probability the run scored with
 */
record Placement(
    List<int[]> clusters, double[] bestProbability, long pairsCompared, FellegiSunterModel trained,
    double prior) {

  /** The best in-cluster probability of every record under a clustering of scored pairs. */
  static double[] bestProbability(
      int records, CandidatePairs pairs, double[] probability, Clustering clustering) {
    double[] best = new double[records];
    for (int k = 0; k < pairs.size(); k++) {
      int i = pairs.left(k);
      int j = pairs.right(k);
      if (clustering.together(i, j)) {
        best[i] = Math.max(best[i], probability[k]);
        best[j] = Math.max(best[j], probability[k]);
      }
    }
    return best;
  }
}
