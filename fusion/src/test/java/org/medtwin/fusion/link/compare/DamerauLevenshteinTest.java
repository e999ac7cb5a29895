package org.medtwin.fusion.link.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected distances counted by hand. */
class DamerauLevenshteinTest {

  @Test
  void distance_countsAnAdjacentTranspositionAsOneEdit() {
    assertThat(DamerauLevenshtein.distance("martha", "marhta")).isEqualTo(1);
    assertThat(DamerauLevenshtein.distance("19800304", "19800340")).isEqualTo(1);
  }

  @Test
  void distance_countsSubstitutionsInsertionsAndDeletions() {
    // kitten -> sitten -> sittin -> sitting
    assertThat(DamerauLevenshtein.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DamerauLevenshtein.distance("", "abc")).isEqualTo(3);
    assertThat(DamerauLevenshtein.distance("smith", "smyth")).isEqualTo(1);
  }

  @Test
  void distance_neverEditsASubstringTwice_inTheOptimalStringAlignmentForm() {
    // Unrestricted Damerau would give 2 (ca -> ac -> abc); OSA cannot insert inside a swap: 3.
    assertThat(DamerauLevenshtein.distance("ca", "abc")).isEqualTo(3);
  }

  @Test
  void within_rulesOutByLengthAlone() {
    assertThat(DamerauLevenshtein.within("ann", "annabelle", 1)).isFalse();
    assertThat(DamerauLevenshtein.within("jon", "john", 1)).isTrue();
  }
}
