package org.medtwin.fusion.merge;

import java.util.List;

/**
 * The merge of one linked person: the golden patient, the merged facts and the conflicts found.
 *
 * @param patient the golden patient
 * @param facts the person's facts, duplicates across sources merged
 * @param conflicts what the sources disagree on
 */
public record GoldenRecord(GoldenPatient patient, List<MergedFact> facts, List<Conflict> conflicts) {

  public GoldenRecord {
    facts = List.copyOf(facts);
    conflicts = List.copyOf(conflicts);
  }
}
