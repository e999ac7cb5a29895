package org.medtwin.fusion.merge;

import java.util.List;
import org.medtwin.core.record.ClinicalRecord;

/**
 * Everything the sources hold about one linked person: their patient records and their facts.
 *
 * @param personId the master patient index's stable person id
 * @param patients the person's patient record from each source record linked to them
 * @param facts the facts of those patient records, from every source
 */
public record PersonRecords(String personId, List<SourcePatient> patients, List<ClinicalRecord> facts) {

  public PersonRecords {
    if (personId == null || personId.isBlank()) {
      throw new IllegalArgumentException("A person's records need the person id.");
    }
    patients = List.copyOf(patients);
    facts = List.copyOf(facts);
  }
}
