package org.medtwin.fusion.source;

import java.util.List;
import java.util.Objects;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.store.ingest.QuarantineEntry;
import org.medtwin.store.ingest.UnmappedCode;
import org.medtwin.store.ingest.UnmodeledResource;

/**
 * What a reader made of one source record (a FHIR resource, a CSV data row, an HL7 message): the
 * unit that ingestion accounts for, so that {@code read = loaded + unchanged + quarantined}.
 */
public sealed interface SourceRecord {

  /**
   * A record the reader understood.
   *
   * @param key the record's identity in its source, stable across re-reads of the same input
   *     ({@code Observation/123}, {@code observations.csv#<row hash>#1}, {@code LAB000042})
   * @param contentHash a hash of the record's content, so that a re-read can tell unchanged from
   *     changed; readers hash the raw bytes
   * @param file the file, relative to the source folder
   * @param location where in the file ({@code line 12}, {@code entry 3}, {@code message 7})
   * @param facts the clinical records it yields (one for most, several for an HL7 message)
   * @param unmodeled parts the clinical model does not cover, kept raw
   * @param unmapped local codes the concept map could not translate
   */
  record Accepted(
      String key,
      String contentHash,
      String file,
      String location,
      List<ClinicalRecord> facts,
      List<UnmodeledResource> unmodeled,
      List<UnmappedCode> unmapped)
      implements SourceRecord {

    public Accepted {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(location, "location");
      facts = List.copyOf(facts);
      unmodeled = List.copyOf(unmodeled);
      unmapped = List.copyOf(unmapped);
    }
  }

  /** A record the reader could not accept; it goes to the quarantine. */
  record Rejected(QuarantineEntry entry) implements SourceRecord {

    public Rejected {
      Objects.requireNonNull(entry, "entry");
    }
  }
}
