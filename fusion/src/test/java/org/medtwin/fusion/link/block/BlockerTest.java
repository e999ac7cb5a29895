package org.medtwin.fusion.link.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.evaluate.Truth;
import org.medtwin.fusion.link.standardize.BirthDate;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

class BlockerTest {

  private static PersonRecord person(String source, String id, String given, String family,
      String birth, String ssn) {
    return new PersonRecord(source, id, List.of(new PersonName(given, family)),
        BirthDate.parse(birth), Sex.UNKNOWN, List.of(), List.of(),
        ssn == null ? List.of() : List.of(new PersonIdentifier("ssn", ssn)));
  }

  @Test
  void block_unitesThePairsOfEveryRule() {
    List<PersonRecord> records = List.of(
        person("a", "1", "john", "smith", "19800304", "111"),
        person("a", "2", "jon", "smyth", "19800304", null), // same birth date as 1
        person("a", "3", "mary", "jones", "19700101", "111"), // same identifier as 1
        person("a", "4", "zoe", "brown", "19600101", null)); // nothing shared
    Blocker blocker = new Blocker(
        List.of(new BlockingRule.ExactBirthDate(), new BlockingRule.ExactIdentifier()),
        PairScope.ALL_PAIRS, 100);

    BlockingResult result = blocker.block(records);

    assertThat(result.pairs().size()).isEqualTo(2);
    assertThat(result.pairs().contains(0, 1)).isTrue();
    assertThat(result.pairs().contains(2, 0)).isTrue();
    assertThat(result.pairs().contains(0, 3)).isFalse();
    assertThat(result.pairsPerRule()).containsEntry("exact birth date", 1L)
        .containsEntry("exact identifier", 1L);
  }

  @Test
  void block_splitsACrowdedBucketByItsRefinement_andPairsMissingValuesWithTheWholeBucket() {
    // One "smith" bucket of the surname + sex rule, five records; above 3 it is split by birth
    // year: 1980 pairs with 1980, 1990 with 1990, and the record without a birth date with all
    // four: 1 + 1 + 4 = 6 pairs instead of the bucket's 5·4/2 = 10.
    List<PersonRecord> records = List.of(
        person("a", "1", "ann", "smith", "19800101", null),
        person("a", "2", "bea", "smith", "19800202", null),
        person("a", "3", "cat", "smith", "19900303", null),
        person("a", "4", "dot", "smith", "19900404", null),
        person("a", "5", "eve", "smith", null, null));
    BlockingResult result = new Blocker(
        List.of(new BlockingRule.SurnameAndSex()), PairScope.ALL_PAIRS, 100, 3).block(records);

    assertThat(result.pairs().size()).isEqualTo(6);
    assertThat(result.pairs().contains(0, 1)).isTrue();
    assertThat(result.pairs().contains(2, 3)).isTrue();
    assertThat(result.pairs().contains(0, 2)).isFalse();
    assertThat(result.pairs().contains(1, 3)).isFalse();
    for (int i = 0; i < 4; i++) {
      assertThat(result.pairs().contains(i, 4)).isTrue();
    }
  }

  @Test
  void block_leavesRecordsWithoutARefinementValueUnpaired_whenTheirBucketIsAboveTheCap() {
    // Six "smith" records, refined above 3, capped above 5: the two 1980 records still pair,
    // the record without a birth date would pair with all six and is reported instead.
    List<PersonRecord> records = List.of(
        person("a", "1", "ann", "smith", "19800101", null),
        person("a", "2", "bea", "smith", "19800202", null),
        person("a", "3", "cat", "smith", "19900303", null),
        person("a", "4", "dot", "smith", "20000404", null),
        person("a", "5", "eve", "smith", "20100505", null),
        person("a", "6", "fay", "smith", null, null));
    BlockingResult result = new Blocker(
        List.of(new BlockingRule.SurnameAndSex()), PairScope.ALL_PAIRS, 5, 3).block(records);
    assertThat(result.pairs().size()).isEqualTo(1);
    assertThat(result.pairs().contains(0, 1)).isTrue();
    assertThat(result.cappedBuckets()).containsExactly("surname + sex: smith|UNKNOWN / missing (1 of 6)");
  }

  @Test
  void block_leavesBucketsAtTheRefinementSizeWhole() {
    List<PersonRecord> records = List.of(
        person("a", "1", "ann", "smith", "19800101", null),
        person("a", "2", "bea", "smith", "19900202", null),
        person("a", "3", "cat", "smith", "20000303", null));
    BlockingResult result = new Blocker(
        List.of(new BlockingRule.SurnameAndSex()), PairScope.ALL_PAIRS, 100, 3).block(records);
    assertThat(result.pairs().size()).isEqualTo(3);
  }

  @Test
  void block_pairsOnlyAcrossSources_whenScopedSo() {
    List<PersonRecord> records = List.of(
        person("a", "1", "john", "smith", "19800304", null),
        person("a", "2", "john", "smith", "19800304", null),
        person("b", "1", "john", "smith", "19800304", null));
    BlockingResult result = new Blocker(List.of(new BlockingRule.ExactBirthDate()),
        PairScope.ACROSS_SOURCES, 100).block(records);
    assertThat(result.pairs().size()).isEqualTo(2);
    assertThat(result.pairs().contains(0, 1)).isFalse();
  }

  @Test
  void block_skipsAndReportsBucketsAboveTheCap() {
    List<PersonRecord> records = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      records.add(person("a", "" + i, "x", "y", "19000101", null));
    }
    BlockingResult result = new Blocker(List.of(new BlockingRule.ExactBirthDate()),
        PairScope.ALL_PAIRS, 4).block(records);
    assertThat(result.pairs().size()).isZero();
    assertThat(result.cappedBuckets()).containsExactly("exact birth date: 19000101 (5)");
  }

  @Test
  void phoneticSurnameRule_putsSpellingVariantsBornTheSameYearTogether() {
    BlockingRule rule = new BlockingRule.PhoneticSurnameAndBirthYear();
    assertThat(rule.keys(person("a", "1", "j", "smith", "19800304", null)))
        .isEqualTo(rule.keys(person("a", "2", "j", "smyth", "19801231", null)));
  }

  @Test
  void blockingRecall_isTheShareOfTruePairsKept() {
    List<PersonRecord> records = List.of(
        person("a", "1", "john", "smith", "19800304", null),
        person("a", "2", "john", "smith", "19800304", null),
        person("a", "3", "john", "smith", "19900101", null));
    BlockingResult result = new Blocker(List.of(new BlockingRule.ExactBirthDate()),
        PairScope.ALL_PAIRS, 100).block(records);
    Truth truth = new Truth(records, Map.of(
        new RecordKey("a", "1"), "p", new RecordKey("a", "2"), "p", new RecordKey("a", "3"), "p"),
        PairScope.ALL_PAIRS);
    // three true pairs, one kept
    assertThat(truth.blockingRecall(result.pairs())).isEqualTo(1.0 / 3);
  }
}
