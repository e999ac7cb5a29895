package org.medtwin.fusion.quality;

import java.time.Instant;
import java.util.Map;

/** One earlier (or this) quality run in the trend: its results, failures, and failures per Kahn category. */
public record RunSummary(String runId, Instant finishedAt, long results, long failed, Map<String, Long> failedByCategory) {

  public RunSummary {
    failedByCategory = Map.copyOf(failedByCategory);
  }

  /** The share of results that passed, in percent (not-applicable results excluded upstream). */
  public double passPercent() {
    return results == 0 ? 100.0 : 100.0 * (results - failed) / results;
  }
}
