package org.medtwin.fusion.quality;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medtwin.fusion.quality.check.Category;
import org.medtwin.fusion.quality.check.CheckResult;
import org.medtwin.fusion.quality.check.Status;

/** The outcome of one quality run: every check result per source, and the trend over earlier runs. */
public record QualityReport(
    String runId,
    Instant startedAt,
    Instant finishedAt,
    String store,
    String thresholdsVersion,
    int checkTypes,
    int checkInstances,
    List<CheckResult> results,
    List<RunSummary> trend) {

  public QualityReport {
    results = List.copyOf(results);
    trend = List.copyOf(trend);
  }

  /** Pass, fail and not-applicable counts of one category at one source. */
  public record Count(long passed, long failed, long notApplicable) {
    Count plus(Status status) {
      return new Count(passed + (status == Status.PASS ? 1 : 0), failed + (status == Status.FAIL ? 1 : 0),
          notApplicable + (status == Status.NOT_APPLICABLE ? 1 : 0));
    }
  }

  /** Results that failed their threshold. */
  public List<CheckResult> failures() {
    return results.stream().filter(r -> r.status() == Status.FAIL).toList();
  }

  /** The number of results that passed or failed (not-applicable ones do not count). */
  public long judged() {
    return results.stream().filter(r -> r.status() != Status.NOT_APPLICABLE).count();
  }

  /** Counts per source, then per category, sorted by name. */
  public Map<String, Map<Category, Count>> bySourceAndCategory() {
    Map<String, Map<Category, Count>> table = new TreeMap<>();
    for (CheckResult result : results) {
      table.computeIfAbsent(result.source(), s -> new TreeMap<>())
          .merge(result.category(), new Count(0, 0, 0).plus(result.status()),
              (a, b) -> new Count(a.passed() + b.passed(), a.failed() + b.failed(), a.notApplicable() + b.notApplicable()));
    }
    return table;
  }

  /** Counts per category over every source. */
  public Map<Category, Count> byCategory() {
    Map<Category, Count> table = new TreeMap<>();
    for (CheckResult result : results) {
      table.merge(result.category(), new Count(0, 0, 0).plus(result.status()),
          (a, b) -> new Count(a.passed() + b.passed(), a.failed() + b.failed(), a.notApplicable() + b.notApplicable()));
    }
    return table;
  }
}
