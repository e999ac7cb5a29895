package org.medtwin.fusion.export;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one export wrote and what it left out, per output (a FHIR resource type, an OMOP table, a
 * Parquet file), each left-out record with its reason, so that nothing leaves silently.
 */
public final class ExportCounts {

  private final Map<String, Long> exported = new TreeMap<>();
  private final Map<String, Map<String, Long>> skipped = new TreeMap<>();

  /** Counts one record written to the output. */
  public synchronized void countExported(String output) {
    exported.merge(output, 1L, Long::sum);
  }

  /** Counts several records written to the output. */
  public synchronized void countExported(String output, long records) {
    exported.merge(output, records, Long::sum);
  }

  /** Counts one source record the output leaves out, with the reason a person can act on. */
  public synchronized void countSkipped(String output, String reason) {
    skipped.computeIfAbsent(output, o -> new TreeMap<>()).merge(reason, 1L, Long::sum);
  }

  /** Records written per output, in name order. */
  public synchronized Map<String, Long> exported() {
    return Map.copyOf(exported);
  }

  /** Records left out per output, by reason. */
  public synchronized Map<String, Map<String, Long>> skipped() {
    Map<String, Map<String, Long>> copy = new TreeMap<>();
    skipped.forEach((output, reasons) -> copy.put(output, Map.copyOf(reasons)));
    return copy;
  }

  /** The records written to one output. */
  public synchronized long exported(String output) {
    return exported.getOrDefault(output, 0L);
  }

  /** Every record written. */
  public synchronized long totalExported() {
    return exported.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every record left out. */
  public synchronized long totalSkipped() {
    return skipped.values().stream().flatMap(r -> r.values().stream()).mapToLong(Long::longValue).sum();
  }
}
