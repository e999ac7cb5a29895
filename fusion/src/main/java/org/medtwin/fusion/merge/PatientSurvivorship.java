package org.medtwin.fusion.merge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.core.provenance.Provenance;

/** Chooses every golden patient field from a person's source records and flags disagreements. */
final class PatientSurvivorship {

  private final SurvivorshipPolicy policy;

  private final java.util.Comparator<Candidate> order;

  PatientSurvivorship(SurvivorshipPolicy policy) {
    this.policy = policy;
    // The most trusted record first: it stands for a value several records share, and decides
    // when every rule ties.
    this.order = java.util.Comparator.comparingInt(
            (Candidate c) -> ObservationMerger.trustRank(policy.trustOrder(), c.from().source()))
        .thenComparing(SurvivorshipRule.TIE_BREAK);
  }

  GoldenPatient choose(PersonRecords person, List<Conflict> conflicts) {
    Map<PatientField, FieldChoice> choices = new EnumMap<>(PatientField.class);
    for (PatientField field : PatientField.values()) {
      List<Candidate> candidates = new ArrayList<>();
      for (SourcePatient patient : person.patients()) {
        Object value = field.valueOf(patient.patient());
        if (value != null) {
          candidates.add(new Candidate(value, field.sameAs(value), patient));
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      FieldChoice choice = choose(candidates.stream().sorted(order).toList(), policy.field(field).rules());
      choices.put(field, choice);
      Map<Object, List<Provenance>> byValue = byValue(candidates);
      if (byValue.size() > 1 && policy.field(field).flagDisagreement()) {
        conflicts.add(new Conflict.PatientFieldConflict(
            person.personId(), field, conflictValues(byValue), ValueText.of(choice.value())));
      }
    }
    List<Provenance> sources =
        person.patients().stream().map(p -> p.patient().provenance()).toList();
    return new GoldenPatient(person.personId(), choices, sources);
  }

  private FieldChoice choose(List<Candidate> candidates, List<SurvivorshipRule> rules) {
    List<Candidate> remaining = candidates;
    String decidedBy = distinctValues(remaining) == 1 ? "agreement" : null;
    for (int i = 0; decidedBy == null && i < rules.size(); i++) {
      remaining = rules.get(i).best(remaining);
      if (distinctValues(remaining) == 1) {
        decidedBy = rules.get(i).name();
      }
    }
    // The candidates stay in trust order, so the first one is also the tie-break's pick.
    Candidate chosen = remaining.get(0);
    return new FieldChoice(
        chosen.value(), chosen.from().patient().provenance(), decidedBy == null ? "tie-break" : decidedBy);
  }

  private static long distinctValues(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::sameAs).distinct().count();
  }

  private Map<Object, List<Provenance>> byValue(List<Candidate> candidates) {
    // Values that count as the same are shown as the most trusted record's value.
    Map<Object, Object> shown = new java.util.HashMap<>();
    Map<Object, List<Provenance>> byValue = new LinkedHashMap<>();
    candidates.stream()
        .sorted(order)
        .forEach(c -> byValue.computeIfAbsent(shown.computeIfAbsent(c.sameAs(), k -> c.value()), v -> new ArrayList<>())
            .add(c.from().patient().provenance()));
    return byValue;
  }

  static List<ConflictValue> conflictValues(Map<?, List<Provenance>> byValue) {
    return byValue.entrySet().stream()
        .map(e -> new ConflictValue(ValueText.of(e.getKey()), e.getValue()))
        .sorted(java.util.Comparator.comparing(ConflictValue::value))
        .toList();
  }
}
