package org.medtwin.fusion.source.csv;

import java.util.Set;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.fusion.standardize.LocalCodeStandardizer;

/**
 * What the Synthea row mappers need to know about the source they read.
 *
 * @param source the source's name, for provenance and unmapped-code reports
 * @param standardizer applies the site's concept map to its local observation codes
 * @param localCategories observation categories whose codes are local
 */
record SyntheaContext(
    String source, LocalCodeStandardizer standardizer, Set<String> localCategories) {

  Provenance provenance(String recordId) {
    return Provenance.fromSource(source, recordId);
  }

  /** A SNOMED CT coding from a code column and its description, or null when the code is blank. */
  static Coding snomed(CsvRow row, String codeColumn, String displayColumn) {
    return coding(row, org.medtwin.core.coding.CodeSystem.SNOMED_CT, codeColumn, displayColumn);
  }

  static Coding coding(CsvRow row, String system, String codeColumn, String displayColumn) {
    String code = row.optional(codeColumn);
    return code == null ? null : new Coding(system, code, row.optional(displayColumn));
  }

  /** A coding whose system comes from a SYSTEM column when the file has one. */
  static Coding withSystemColumn(CsvRow row, String defaultSystem) {
    String named = row.optional("SYSTEM");
    String system = named == null ? defaultSystem : org.medtwin.core.coding.CodeSystem.canonical(named);
    return coding(row, system, "CODE", "DESCRIPTION");
  }
}
