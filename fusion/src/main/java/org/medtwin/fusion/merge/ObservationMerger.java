package org.medtwin.fusion.merge;

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
    return matching.sameTime(anchor.effective(), other.effective()) && sameValue(anchor, other);
  }

  private boolean sameValue(Observation first, Observation second) {
    ObservationValue a = first.value();
    ObservationValue b = second.value();
    if (a instanceof ObservationValue.Numeric x && b instanceof ObservationValue.Numeric y) {
      double difference = Math.abs(x.quantity().doubleValue() - y.quantity().doubleValue());
      // Within the relative tolerance, or the intervals the two reports stand for overlap.
      return java.util.Objects.equals(x.quantity().unit(), y.quantity().unit())
          && (matching.sameValue(x.quantity().doubleValue(), y.quantity().doubleValue())
              || difference <= ValuePrecision.halfWidth(first) + ValuePrecision.halfWidth(second) + 1e-12);
    }
    if (a instanceof ObservationValue.Coded x && b instanceof ObservationValue.Coded y) {
      return x.coding().token().equals(y.coding().token());
    }
    if (a instanceof ObservationValue.Text x && b instanceof ObservationValue.Text y) {
      return x.text().strip().equals(y.text().strip());
    }
    // A CSV export writes a coded answer's display as text: "Never smoked tobacco (finding)" is
    // SNOMED 266919005 said in words.
    if (a instanceof ObservationValue.Coded x && b instanceof ObservationValue.Text y) {
      return displayed(x, y);
    }
    if (a instanceof ObservationValue.Text y && b instanceof ObservationValue.Coded x) {
      return displayed(x, y);
    }
    return a == null && b == null;
  }

  private static boolean displayed(ObservationValue.Coded coded, ObservationValue.Text text) {
    String display = coded.coding().display();
    return display != null && display.strip().equalsIgnoreCase(text.text().strip());
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
