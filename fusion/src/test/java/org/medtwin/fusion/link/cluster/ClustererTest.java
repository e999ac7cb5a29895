package org.medtwin.fusion.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

class ClustererTest {

  private static PersonRecord record(String source, String id, PersonIdentifier... ids) {
    return new PersonRecord(source, id, List.of(), null, Sex.UNKNOWN, List.of(), List.of(),
        List.of(ids));
  }

  private static List<PersonRecord> records(int n) {
    List<PersonRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(record("s", "r" + i));
    }
    return records;
  }

  @Test
  void mergesDensestGroupsFirst_andRecountsLinksAfterEachMerge() {
    // Strong pairs {0,1} and {2,3}; weak links 0-2, 0-3, 1-2, 1-3 (4 of 4 cross pairs: density
    // 1) and 3-4. Densest first: {0,1}+{2,3} at 1.0. Then {0,1,2,3} and {4} share 1 link of 4
    // cross pairs, 0.25 < 0.5: record 4 stays alone, although before that merge {2,3} and {4}
    // stood at 1 of 2 = 0.5, which is a stale density by then.
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {2, 3},
        new int[] {0, 2}, new int[] {0, 3}, new int[] {1, 2}, new int[] {1, 3}, new int[] {3, 4});
    double[] probability = new double[pairs.size()];
    for (int k = 0; k < pairs.size(); k++) {
      boolean strong = pairs.left(k) == 0 && pairs.right(k) == 1
          || pairs.left(k) == 2 && pairs.right(k) == 3;
      probability[k] = strong ? 0.999 : 0.8;
    }
    Clustering clustering =
        new Clusterer(ClusterSettings.defaults()).cluster(records(5), pairs, probability);
    assertThat(clustering.together(0, 3)).isTrue();
    assertThat(clustering.together(1, 2)).isTrue();
    assertThat(clustering.together(3, 4)).isFalse();
    assertThat(clustering.clusters()).hasSize(2);
  }

  @Test
  void strongLinks_formConnectedComponents() {
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {1, 2});
    Clustering clustering = new Clusterer(ClusterSettings.defaults())
        .cluster(records(4), pairs, new double[] {0.999, 0.995});
    assertThat(clustering.together(0, 2)).isTrue();
    assertThat(clustering.together(0, 3)).isFalse();
    assertThat(clustering.clusters()).hasSize(2);
  }

  @Test
  void twoGroupsJoinedBySingleWeakLink_areSplit() {
    // {0,1} and {2,3} strongly linked inside; only 1-2 (p = 0.6) joins them: 1 of 4 cross pairs.
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3});
    Clustering clustering = new Clusterer(ClusterSettings.defaults())
        .cluster(records(4), pairs, new double[] {0.999, 0.6, 0.999});
    assertThat(clustering.together(0, 1)).isTrue();
    assertThat(clustering.together(2, 3)).isTrue();
    assertThat(clustering.together(1, 2)).isFalse();
    assertThat(clustering.splits()).isEqualTo(1);
  }

  @Test
  void aWeaklyLinkedRecord_joinsWhenItLinksToMostOfTheGroup() {
    // 2 links weakly to both 0 and 1: 2 of 2 cross pairs.
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2});
    Clustering clustering = new Clusterer(ClusterSettings.defaults())
        .cluster(records(3), pairs, new double[] {0.999, 0.7, 0.6});
    assertThat(clustering.clusters()).hasSize(1);
  }

  @Test
  void recordsOfOneSourceWithDifferentUniqueIdentifiers_areNeverOnePerson() {
    List<PersonRecord> records = List.of(
        record("hospital-a", "1", new PersonIdentifier("mrn-a", "111")),
        record("lab", "9"),
        record("hospital-a", "2", new PersonIdentifier("mrn-a", "222")));
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {1, 2});
    ClusterSettings settings = new ClusterSettings(0.5, 0.99, 0.5, Set.of("mrn-a"));
    Clustering clustering = new Clusterer(settings)
        .cluster(records, pairs, new double[] {0.9999, 0.999});
    assertThat(clustering.together(0, 1)).isTrue();
    assertThat(clustering.together(0, 2)).isFalse();
  }

  @Test
  void personIds_areTheSameWhateverTheInputOrder() {
    List<PersonRecord> forward = records(3);
    List<PersonRecord> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    Clusterer clusterer = new Clusterer(ClusterSettings.defaults());
    Clustering a = clusterer.cluster(forward, CandidatePairs.of(new int[] {0, 1}),
        new double[] {0.999});
    Clustering b = clusterer.cluster(backward, CandidatePairs.of(new int[] {2, 1}),
        new double[] {0.999});
    assertThat(a.personOf(0)).isEqualTo(b.personOf(2)).isEqualTo(b.personOf(1));
    assertThat(a.personOf(2)).isEqualTo(b.personOf(0));
    assertThat(a.personOf(0))
        .isEqualTo(PersonIds.of(List.of(new RecordKey("s", "r1"), new RecordKey("s", "r0"))))
        .matches("P-[0-9a-f]{16}");
  }
}
