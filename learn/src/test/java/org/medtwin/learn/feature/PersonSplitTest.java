package org.medtwin.learn.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medtwin.learn.cohort.CohortMember;

class PersonSplitTest {

  @Test
  void noPersonIsInBothTrainAndTest() {
    List<String> persons = IntStream.range(0, 2000).mapToObj(i -> "P-" + i).collect(Collectors.toList());
    PersonSplit split = PersonSplit.random(persons, 0.25, 7);
    assertThat(split.train()).doesNotContainAnyElementsOf(split.test());
    assertThat(split.train().size() + split.test().size()).isEqualTo(2000);
    assertThat(split.test().size()).isBetween(430, 570);
  }

  @Test
  void theSplitDependsOnTheSeedNotOnTheOrder() {
    List<String> persons = IntStream.range(0, 300).mapToObj(i -> "P-" + i).collect(Collectors.toList());
    List<String> reversed = new java.util.ArrayList<>(persons);
    java.util.Collections.reverse(reversed);
    assertThat(PersonSplit.random(reversed, 0.3, 1).test()).isEqualTo(PersonSplit.random(persons, 0.3, 1).test());
    assertThat(PersonSplit.random(persons, 0.3, 2).test()).isNotEqualTo(PersonSplit.random(persons, 0.3, 1).test());
  }

  @Test
  void externalValidationLeavesOutPersonsHeldByBothSources() {
    List<CohortMember> members = List.of(
        member("a-only", Set.of("hospital-a")), member("b-only", Set.of("hospital-b")),
        member("both", Set.of("hospital-a", "hospital-b")), member("lab-only", Set.of("lab")));
    PersonSplit split = PersonSplit.external(members, "hospital-a", "hospital-b");
    assertThat(split.train()).containsExactly("a-only");
    assertThat(split.test()).containsExactly("b-only");
  }

  @Test
  void refusesAPersonInBothParts() {
    assertThatThrownBy(() -> new PersonSplit("x", Set.of("p1"), Set.of("p1"))).hasMessageContaining("p1");
  }

  private static CohortMember member(String id, Set<String> sources) {
    return new CohortMember(id, "female", LocalDate.of(1960, 1, 1), 55, 0, sources);
  }
}
