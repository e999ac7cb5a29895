package org.medtwin.bench.link;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.fusion.link.LinkResult;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.evaluate.PairwiseScores;
import org.medtwin.fusion.link.evaluate.Truth;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * One engine's run on one data set, scored against the truth: pairwise scores of the pairs it
 * declared matches ("links") and of all pairs inside the persons they form ("clusters").
 *
 * @param engine the engine's name
 * @param records the records linked
 * @param seconds wall time from standardized records in memory to links and persons
 * @param links pairwise scores of the declared matches
 * @param clusters pairwise scores of the persons (MedTwin's clustering; Duke's transitive closure)
 */
record EngineRun(
    String engine, int records, double seconds, PairwiseScores links, PairwiseScores clusters) {

  /** Records per second. */
  double recordsPerSecond() {
    return records / seconds;
  }

  /** MedTwin's run, links at the clustering threshold. */
  static EngineRun medtwin(LinkResult result, Truth truth, double threshold, double seconds) {
    return new EngineRun("MedTwin", result.records().size(), seconds,
        truth.scoreLinks(result.pairs(), result.probability(), threshold),
        truth.scoreClusters(result.clustering()));
  }

  /** Duke's run: its match pairs {@code (i << 32) | j}, out-of-scope pairs dropped. */
  static EngineRun duke(
      List<PersonRecord> records, long[] pairs, Truth truth, PairScope scope, double seconds) {
    long truePositives = 0;
    long falsePositives = 0;
    int[] parent = new int[records.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (long pair : pairs) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      if (!scope.admits(records.get(i), records.get(j))) {
        continue;
      }
      if (truth.matches(i, j)) {
        truePositives++;
      } else {
        falsePositives++;
      }
      parent[find(parent, i)] = find(parent, j);
    }
    PairwiseScores links =
        new PairwiseScores(truePositives, falsePositives, truth.truePairs() - truePositives);
    return new EngineRun(
        "Duke 1.2", records.size(), seconds, links, truth.scoreClusters(closure(parent)));
  }

  private static Clustering closure(int[] parent) {
    int n = parent.length;
    int[] clusterOf = new int[n];
    int[] indexOfRoot = new int[n];
    java.util.Arrays.fill(indexOfRoot, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (indexOfRoot[root] < 0) {
        indexOfRoot[root] = members.size();
        members.add(new ArrayList<>());
      }
      clusterOf[i] = indexOfRoot[root];
      members.get(clusterOf[i]).add(i);
    }
    List<int[]> clusters = new ArrayList<>(members.size());
    List<String> ids = new ArrayList<>(members.size());
    for (List<Integer> m : members) {
      clusters.add(m.stream().mapToInt(Integer::intValue).toArray());
      ids.add("duke-" + ids.size());
    }
    return new Clustering(clusterOf, clusters, ids, 0);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** One table row: engine, seconds, links P/R/F1, clusters P/R/F1. */
  String row(String dataSet) {
    return String.format("| %s | %s | %,d | %.2f | %.4f / %.4f / %.4f | %.4f / %.4f / **%.4f** (TP %,d, FP %,d, FN %,d) |",
        dataSet, engine, records, seconds, links.precision(), links.recall(), links.f1(),
        clusters.precision(), clusters.recall(), clusters.f1(), clusters.truePositives(),
        clusters.falsePositives(), clusters.falseNegatives());
  }
}
