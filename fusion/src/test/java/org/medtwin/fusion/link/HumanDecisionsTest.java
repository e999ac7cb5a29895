package org.medtwin.fusion.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

class HumanDecisionsTest {

  private static final List<PersonRecord> RECORDS = records(4);

  private static List<PersonRecord> records(int n) {
    List<PersonRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(new PersonRecord("s", "r" + i, List.of(), null, Sex.UNKNOWN, List.of(),
          List.of(), List.of()));
    }
    return records;
  }

  private static PairDecision decision(int a, int b, boolean same) {
    return new PairDecision(new RecordKey("s", "r" + a), new RecordKey("s", "r" + b), same);
  }

  @Test
  void confirmedPair_becomesACandidateScoredCertain_evenWhenBlockingMissedIt() {
    HumanDecisions human = new HumanDecisions(RECORDS, List.of(decision(3, 0, true)));
    CandidatePairs pairs = human.withConfirmed(CandidatePairs.of(new int[] {1, 2}));
    double[] probability = {0.2, 0.3};

    human.apply(pairs, probability);

    assertThat(pairs.size()).isEqualTo(2);
    assertThat(pairs.left(0)).isZero();
    assertThat(pairs.right(0)).isEqualTo(3);
    assertThat(probability).containsExactly(1.0, 0.3);
    assertThat(human.forbidden().size()).isZero();
  }

  @Test
  void latestDecisionOnAPair_holds() {
    HumanDecisions human = new HumanDecisions(
        RECORDS, List.of(decision(0, 1, true), decision(1, 0, false)));
    CandidatePairs pairs = human.withConfirmed(CandidatePairs.of(new int[] {0, 1}));
    double[] probability = {0.97};

    human.apply(pairs, probability);

    assertThat(probability).containsExactly(0.0);
    assertThat(human.forbidden().contains(0, 1)).isTrue();
  }

  @Test
  void decisionsOnRecordsNotLinked_areIgnored() {
    HumanDecisions human = new HumanDecisions(RECORDS, List.of(new PairDecision(
        new RecordKey("s", "r0"), new RecordKey("gone", "x"), false)));

    assertThat(human.forbidden().size()).isZero();
    assertThat(human.withConfirmed(CandidatePairs.of()).size()).isZero();
  }
}
