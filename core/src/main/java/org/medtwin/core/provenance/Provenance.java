package org.medtwin.core.provenance;

import java.util.Objects;

/**
 * Where a fact came from: the source system that held it, that system's own id for the record, and
 * the ingest run that brought it into MedTwin.
 *
 * @param sourceSystem the source's name as configured in MedTwin, e.g. {@code hospital-a}
 * @param sourceRecordId the record's id inside that source (FHIR resource id, CSV row key, HL7
 *     message control id with a suffix for the segment)
 * @param ingestRun the id of the ingest run that first loaded the fact; {@code null} while the
 *     fact is still in flight between a reader and the store
 */
public record Provenance(String sourceSystem, String sourceRecordId, String ingestRun) {

  public Provenance {
    requireText(sourceSystem, "sourceSystem");
    requireText(sourceRecordId, "sourceRecordId");
  }

  /** A provenance for a fact that a reader produced and no run has stored yet. */
  public static Provenance fromSource(String sourceSystem, String sourceRecordId) {
    return new Provenance(sourceSystem, sourceRecordId, null);
  }

  /** The same provenance stamped with the ingest run that stores it. */
  public Provenance inRun(String runId) {
    return new Provenance(sourceSystem, sourceRecordId, Objects.requireNonNull(runId, "runId"));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Provenance needs a non-blank " + name + ".");
    }
  }
}
