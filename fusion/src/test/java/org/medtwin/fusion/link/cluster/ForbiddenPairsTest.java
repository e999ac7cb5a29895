package org.medtwin.fusion.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonRecord;

class ForbiddenPairsTest {

  private static List<PersonRecord> records(int n) {
    List<PersonRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(new PersonRecord("s" + i, "r" + i, List.of(), null, Sex.UNKNOWN, List.of(),
          List.of(), List.of()));
    }
    return records;
  }

  @Test
  void forbiddenPair_staysApart_evenWhenAStrongChainJoinsIt() {
    // 0-1 and 1-2 are certain links; a person said 0 and 2 are different people.
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {1, 2});
    Clustering clustering = new Clusterer(ClusterSettings.defaults()).cluster(records(3), pairs,
        new double[] {0.9999, 0.999}, CandidatePairs.of(new int[] {2, 0}));

    assertThat(clustering.together(0, 2)).isFalse();
    // The stronger link is joined first, so 1 stays with 0.
    assertThat(clustering.together(0, 1)).isTrue();
    assertThat(clustering.clusters()).hasSize(2);
  }

  @Test
  void noForbiddenPairs_clusterAsBefore() {
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {1, 2});
    Clustering clustering = new Clusterer(ClusterSettings.defaults()).cluster(records(3), pairs,
        new double[] {0.9999, 0.999}, CandidatePairs.of());

    assertThat(clustering.clusters()).hasSize(1);
  }
}
