package org.medtwin.fusion.merge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;

/**
 * Merges observations that several sources report (same code, same time within the tolerance, same
 * value within the relative tolerance) and flags the same observation at the same time with
 * different values.
 */
final class ObservationMerger {

  private final FactMatching matching;
  private final Comparator<Observation> order;

  ObservationMerger(FactMatching matching, List<String> trustOrder) {
    this.matching = matching;
    // Earliest first so a group's anchor is its earliest member; at equal times the most trusted
    // source first, so it represents the group.
    this.order =
        Comparator.comparing(Observation::effective, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(o -> trustRank(trustOrder, o.provenance().sourceSystem()))
            .thenComparing(o -> o.provenance().sourceSystem())
            .thenComparing(Observation::id);
  }

  void merge(String personId, List<Observation> observations, List<MergedFact> facts, List<Conflict> conflicts) {
    Map<String, List<Observation>> byCode = new TreeMap<>();
    for (Observation observation : observations) {
      byCode.computeIfAbsent(observation.code().token(), c -> new ArrayList<>()).add(observation);
    }
    for (List<Observation> sameCode : byCode.values()) {
      List<List<Observation>> groups = group(sameCode.stream().sorted(order).toList());
      for (List<Observation> group : groups) {
        facts.add(MergedFact.of(personId, group));
      }
      flagDifferentValues(personId, groups, conflicts);
    }
  }

  private List<List<Observation>> group(List<Observation> sorted) {
    List<List<Observation>> groups = new ArrayList<>();
    for (Observation observation : sorted) {
      List<Observation> match = groups.stream()
          .filter(g -> sameFact(g.get(0), observation))
          .findFirst()
          .orElse(null);
      if (match == null) {
        groups.add(new ArrayList<>(List.of(observation)));
      } else {
        match.add(observation);
      }
    }
    return groups;
  }

  private boolean sameFact(Observation anchor, Observation other) {
    return matching.sameTime(anchor.effective(), other.effective()) && sameValue(anchor.value(), other.value());
  }

  private boolean sameValue(ObservationValue a, ObservationValue b) {
    if (a instanceof ObservationValue.Numeric x && b instanceof ObservationValue.Numeric y) {
      return java.util.Objects.equals(x.quantity().unit(), y.quantity().unit())
          && (matching.sameValue(x.quantity().doubleValue(), y.quantity().doubleValue())
              || sameAfterRounding(x.quantity().value(), y.quantity().value()));
    }
    if (a instanceof ObservationValue.Coded x && b instanceof ObservationValue.Coded y) {
      return x.coding().token().equals(y.coding().token());
    }
    if (a instanceof ObservationValue.Text x && b instanceof ObservationValue.Text y) {
      return x.text().strip().equals(y.text().strip());
    }
    return a == null && b == null;
  }

  /**
   * Whether the more precise value rounds to the less precise one: a source that sends 7.4 where
   * another sends 7.3813 reports the same measurement with fewer decimals, not a different one.
   */
  static boolean sameAfterRounding(BigDecimal a, BigDecimal b) {
    int scale = Math.min(a.scale(), b.scale());
    BigDecimal halfUnit = BigDecimal.ONE.scaleByPowerOfTen(-scale).divide(BigDecimal.valueOf(2));
    return a.subtract(b).abs().compareTo(halfUnit) <= 0;
  }

  /** Groups at the same time but with different values compete: one conflict per such cluster. */
  private void flagDifferentValues(String personId, List<List<Observation>> groups, List<Conflict> conflicts) {
    boolean[] flagged = new boolean[groups.size()];
    for (int i = 0; i < groups.size(); i++) {
      if (flagged[i]) {
        continue;
      }
      List<List<Observation>> competing = new ArrayList<>(List.of(groups.get(i)));
      for (int j = i + 1; j < groups.size(); j++) {
        Instant anchor = groups.get(i).get(0).effective();
        if (!flagged[j] && matching.sameTime(anchor, groups.get(j).get(0).effective())) {
          competing.add(groups.get(j));
          flagged[j] = true;
        }
      }
      if (competing.size() > 1) {
        Map<String, List<Provenance>> byValue = new LinkedHashMap<>();
        for (List<Observation> group : competing) {
          byValue.put(ValueText.of(group.get(0).value()),
              group.stream().map(Observation::provenance).toList());
        }
        Observation first = competing.get(0).get(0);
        conflicts.add(new Conflict.ObservationValueConflict(
            personId, first.code(), first.effective(), PatientSurvivorship.conflictValues(byValue)));
      }
    }
  }

  static int trustRank(List<String> trustOrder, String source) {
    int rank = trustOrder.indexOf(source);
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }
}
