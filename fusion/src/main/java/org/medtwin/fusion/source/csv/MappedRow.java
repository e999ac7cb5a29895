package org.medtwin.fusion.source.csv;

import java.util.List;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.store.ingest.UnmappedCode;
import org.medtwin.store.ingest.UnmodeledResource;

/**
 * What a row mapper made of one CSV row.
 *
 * @param facts the clinical records the row yields
 * @param unmodeled the row kept raw when the model has no place for it
 * @param unmapped local codes the concept map could not translate
 */
record MappedRow(
    List<ClinicalRecord> facts, List<UnmodeledResource> unmodeled, List<UnmappedCode> unmapped) {

  static MappedRow of(ClinicalRecord fact) {
    return new MappedRow(List.of(fact), List.of(), List.of());
  }
}
