package org.medtwin.fusion.ingest;

import java.util.List;
import java.util.Map;

/**
 * What one ingest run did with one source; {@code read = loaded + unchanged + quarantined}.
 *
 * @param source the source's name
 * @param format its format
 * @param files how many files were read (or skipped as already ingested)
 * @param read records read
 * @param loaded records new to the store or changed
 * @param unchanged records already in the store with the same content
 * @param quarantined records held back with a reason
 * @param unmodeled resources kept raw because the model does not cover them, by type
 * @param unmappedCodes local codes without a concept-map translation, as {@code system|code
 *     [unit]}, with how often they were read
 * @param ignoredFiles files in the source folder that no reader of its format accepts
 */
public record SourceReport(
    String source,
    String format,
    long files,
    long read,
    long loaded,
    long unchanged,
    long quarantined,
    Map<String, Long> unmodeled,
    Map<String, Long> unmappedCodes,
    List<String> ignoredFiles) {

  public SourceReport {
    if (read != loaded + unchanged + quarantined) {
      throw new IllegalStateException(
          "Source " + source + " read " + read + " records but accounts for " + loaded + " loaded, "
              + unchanged + " unchanged and " + quarantined + " quarantined: a record was lost."
              + " This is a MedTwin defect; please report it.");
    }
    unmodeled = Map.copyOf(unmodeled);
    unmappedCodes = Map.copyOf(unmappedCodes);
    ignoredFiles = List.copyOf(ignoredFiles);
  }
}
