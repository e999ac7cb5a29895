package org.medtwin.fusion.merge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * One criterion that narrows the competing values of a field to the best ones; a field's rules run
 * in order until one value is left.
 */
public sealed interface SurvivorshipRule {

  /** The rule's name in the survivorship file and in the golden record. */
  String name();

  /** The candidates this rule ranks best (all of them when it cannot tell them apart). */
  List<Candidate> best(List<Candidate> candidates);

  /** Prefers the candidate from the most trusted source. */
  record SourceTrust(List<String> order) implements SurvivorshipRule {
    public SourceTrust {
      order = List.copyOf(order);
    }

    @Override
    public String name() {
      return "trust";
    }

    @Override
    public List<Candidate> best(List<Candidate> candidates) {
      // A source the file does not list is trusted less than every listed one.
      return keepMax(candidates, c -> {
        int rank = order.indexOf(c.from().source());
        return rank < 0 ? Long.MIN_VALUE : -rank;
      });
    }
  }

  /** Prefers the value the source reported most recently. */
  record Recency() implements SurvivorshipRule {
    @Override
    public String name() {
      return "recency";
    }

    @Override
    public List<Candidate> best(List<Candidate> candidates) {
      return keepMax(candidates, c -> {
        Instant at = c.from().reportedAt();
        return at == null ? Long.MIN_VALUE : at.toEpochMilli();
      });
    }
  }

  /** Prefers the value most source records agree on. */
  record Frequency() implements SurvivorshipRule {
    @Override
    public String name() {
      return "frequency";
    }

    @Override
    public List<Candidate> best(List<Candidate> candidates) {
      Map<Object, Long> votes =
          candidates.stream().collect(Collectors.groupingBy(Candidate::sameAs, Collectors.counting()));
      return keepMax(candidates, c -> votes.get(c.sameAs()));
    }
  }

  /** Prefers the value from the source record that fills the most golden fields. */
  record Completeness() implements SurvivorshipRule {
    @Override
    public String name() {
      return "completeness";
    }

    @Override
    public List<Candidate> best(List<Candidate> candidates) {
      return keepMax(candidates, c -> c.from().filledFields());
    }
  }

  private static List<Candidate> keepMax(List<Candidate> candidates, ToLongFunction<Candidate> score) {
    long max = candidates.stream().mapToLong(score).max().orElse(Long.MIN_VALUE);
    return candidates.stream().filter(c -> score.applyAsLong(c) == max).toList();
  }

  /** Orders candidates when every rule ties, so the outcome never depends on input order. */
  Comparator<Candidate> TIE_BREAK =
      Comparator.comparing((Candidate c) -> c.from().source())
          .thenComparing(c -> c.from().patient().provenance().sourceRecordId());
}
