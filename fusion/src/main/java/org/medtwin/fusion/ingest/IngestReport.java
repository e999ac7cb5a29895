package org.medtwin.fusion.ingest;

import java.util.List;

/**
 * The report of one ingest run.
 *
 * @param run the run's id
 * @param input the folder that was ingested
 * @param store where it went, without any password
 * @param seconds how long the run took
 * @param sources one report per source, in the order they were read
 */
public record IngestReport(
    String run, String input, String store, double seconds, List<SourceReport> sources) {

  public IngestReport {
    sources = List.copyOf(sources);
  }

  /** Records read over all sources. */
  public long read() {
    return sources.stream().mapToLong(SourceReport::read).sum();
  }

  /** Records quarantined over all sources. */
  public long quarantined() {
    return sources.stream().mapToLong(SourceReport::quarantined).sum();
  }
}
