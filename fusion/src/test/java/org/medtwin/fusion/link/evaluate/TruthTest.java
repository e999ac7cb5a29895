package org.medtwin.fusion.link.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.cluster.ClusterSettings;
import org.medtwin.fusion.link.cluster.Clusterer;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

class TruthTest {

  /** Truth {0,1,2} {3,4}; predicted {0,1} {2,3,4}. */
  private final List<PersonRecord> records = new ArrayList<>();
  private final Map<RecordKey, String> entities = new HashMap<>();
  private Clustering predicted;

  TruthTest() {
    String[] truth = {"A", "A", "A", "B", "B"};
    for (int i = 0; i < truth.length; i++) {
      PersonRecord r = new PersonRecord("s", "r" + i, List.of(), null, Sex.UNKNOWN, List.of(),
          List.of(), List.of());
      records.add(r);
      entities.put(r.key(), truth[i]);
    }
    predicted = new Clusterer(ClusterSettings.defaults()).cluster(records,
        CandidatePairs.of(new int[] {0, 1}, new int[] {2, 3}, new int[] {3, 4}, new int[] {2, 4}),
        new double[] {1, 1, 1, 1});
  }

  @Test
  void pairwiseScores_countPairsInsidePredictedClusters() {
    // predicted pairs 01, 23, 24, 34; true pairs 01, 02, 12, 34: TP 2 (01, 34), FP 2, FN 2.
    PairwiseScores scores = new Truth(records, entities, PairScope.ALL_PAIRS)
        .scoreClusters(predicted);
    assertThat(scores).isEqualTo(new PairwiseScores(2, 2, 2));
    assertThat(scores.precision()).isEqualTo(0.5);
    assertThat(scores.recall()).isEqualTo(0.5);
    assertThat(scores.f1()).isEqualTo(0.5);
  }

  @Test
  void bCubed_averagesPerRecordOverlap() {
    // precision per record: 0:1, 1:1, 2:1/3, 3:2/3, 4:2/3 -> 11/15
    // recall per record:    0:2/3, 1:2/3, 2:1/3, 3:1, 4:1 -> 11/15
    BCubedScores scores = new Truth(records, entities, PairScope.ALL_PAIRS).bCubed(predicted);
    assertThat(scores.precision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(scores.recall()).isCloseTo(11.0 / 15, within(1e-12));
  }

  @Test
  void linkScores_countEveryTruePair_evenThoseNeverBlocked() {
    CandidatePairs pairs = CandidatePairs.of(new int[] {0, 1}, new int[] {1, 3});
    PairwiseScores scores = new Truth(records, entities, PairScope.ALL_PAIRS)
        .scoreLinks(pairs, new double[] {0.9, 0.8}, 0.5);
    assertThat(scores).isEqualTo(new PairwiseScores(1, 1, 3));
  }
}
