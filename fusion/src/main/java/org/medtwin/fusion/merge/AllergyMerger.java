package org.medtwin.fusion.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.medtwin.core.record.AllergyIntolerance;

/**
 * Merges allergies that several sources record with the same substance and status, and flags a
 * substance that is active in one source but refuted, inactive or resolved in another.
 */
final class AllergyMerger {

  private final List<String> trustOrder;

  AllergyMerger(List<String> trustOrder) {
    this.trustOrder = trustOrder;
  }

  void merge(String personId, List<AllergyIntolerance> allergies, List<MergedFact> facts, List<Conflict> conflicts) {
    Map<String, Map<String, List<AllergyIntolerance>>> bySubstance = new TreeMap<>();
    Comparator<AllergyIntolerance> representativeFirst =
        Comparator.comparing((AllergyIntolerance a) -> ObservationMerger.trustRank(trustOrder, a.provenance().sourceSystem()))
            .thenComparing(a -> a.provenance().sourceSystem())
            .thenComparing(AllergyIntolerance::id);
    allergies.stream().sorted(representativeFirst).forEach(a ->
        bySubstance.computeIfAbsent(a.code().token(), c -> new TreeMap<>())
            .computeIfAbsent(status(a), s -> new ArrayList<>())
            .add(a));
    for (Map<String, List<AllergyIntolerance>> byStatus : bySubstance.values()) {
      for (List<AllergyIntolerance> same : byStatus.values()) {
        facts.add(MergedFact.of(personId, same));
      }
      // An unknown status says nothing against an active one; two known ones that differ do.
      List<String> known = byStatus.keySet().stream().filter(s -> !s.equals(UNKNOWN)).toList();
      if (known.size() > 1) {
        Map<String, List<org.medtwin.core.provenance.Provenance>> byValue = new TreeMap<>();
        byStatus.forEach((status, same) ->
            byValue.put(status, same.stream().map(AllergyIntolerance::provenance).toList()));
        conflicts.add(new Conflict.AllergyStatusConflict(
            personId, byStatus.values().iterator().next().get(0).code(),
            PatientSurvivorship.conflictValues(byValue)));
      }
    }
  }

  private static final String UNKNOWN = "unknown";

  /** Refuted or entered-in-error outranks the clinical status: the allergy was never there. */
  static String status(AllergyIntolerance allergy) {
    String verification = lower(allergy.verificationStatus());
    if (verification.equals("refuted") || verification.equals("entered-in-error")) {
      return verification;
    }
    String clinical = lower(allergy.clinicalStatus());
    return clinical.isEmpty() ? UNKNOWN : clinical;
  }

  private static String lower(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }
}
