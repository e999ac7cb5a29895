package org.medtwin.fusion.merge;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.Patient;

/**
 * Builds a linked person's golden record: survivorship for the patient fields, duplicate facts
 * merged, conflicts flagged. Pure and deterministic: the same records give the same result in any
 * input order.
 */
public final class GoldenRecordMerger {

  private final SurvivorshipPolicy policy;

  /** A merger that follows the given policy. */
  public GoldenRecordMerger(SurvivorshipPolicy policy) {
    this.policy = policy;
  }

  /**
   * Merges one person's records.
   *
   * @throws IllegalArgumentException when the person has no patient record
   */
  public GoldenRecord merge(PersonRecords person) {
    if (person.patients().isEmpty()) {
      throw new IllegalArgumentException("Person " + person.personId() + " has no patient record to merge.");
    }
    List<Conflict> conflicts = new ArrayList<>();
    GoldenPatient patient = new PatientSurvivorship(policy).choose(person, conflicts);
    List<Observation> observations = new ArrayList<>();
    List<AllergyIntolerance> allergies = new ArrayList<>();
    List<ClinicalRecord> others = new ArrayList<>();
    for (ClinicalRecord fact : person.facts()) {
      if (fact instanceof Observation o) {
        observations.add(o);
      } else if (fact instanceof AllergyIntolerance a) {
        allergies.add(a);
      } else if (fact instanceof Patient p) {
        throw new IllegalArgumentException(
            "Patient " + p.id() + " belongs in the person's patients, not their facts.");
      } else {
        others.add(fact);
      }
    }
    List<MergedFact> facts = new ArrayList<>();
    new ObservationMerger(policy.facts(), policy.trustOrder())
        .merge(person.personId(), observations, facts, conflicts);
    new AllergyMerger(policy.trustOrder()).merge(person.personId(), allergies, facts, conflicts);
    // Other fact kinds have no duplicate rule yet: each stays its own fact.
    others.stream()
        .sorted(java.util.Comparator.comparing((ClinicalRecord f) -> f.provenance().sourceSystem())
            .thenComparing(ClinicalRecord::id))
        .forEach(f -> facts.add(MergedFact.of(person.personId(), List.of(f))));
    return new GoldenRecord(patient, facts, conflicts);
  }
}
