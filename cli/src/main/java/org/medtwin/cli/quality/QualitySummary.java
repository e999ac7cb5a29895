package org.medtwin.cli.quality;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.fusion.quality.QualityReport;
import org.medtwin.fusion.quality.check.Category;
import org.medtwin.fusion.quality.check.CheckResult;

/** The summary {@code medtwin quality} prints: totals, a table by source and category, the worst failures. */
final class QualitySummary {

  /** How many failures the console lists; the HTML and JSON reports hold them all. */
  static final int FAILURES_SHOWN = 25;

  private QualitySummary() {}

  static void print(QualityReport report, PrintWriter out) {
    long seconds = java.time.Duration.between(report.startedAt(), report.finishedAt()).toMillis();
    out.printf(Locale.ROOT, "quality run %s: %d check types, %d instances, %d results judged, %d passed, %d failed"
            + " (%.1f s)%n", report.runId(), report.checkTypes(), report.checkInstances(), report.judged(),
        report.judged() - report.failures().size(), report.failures().size(), seconds / 1000.0);
    out.printf("%-16s", "source");
    for (Category category : Category.values()) {
      out.printf("  %-22s", category.label() + " pass/fail");
    }
    out.println();
    for (Map.Entry<String, Map<Category, QualityReport.Count>> row : report.bySourceAndCategory().entrySet()) {
      out.printf("%-16s", row.getKey());
      for (Category category : Category.values()) {
        QualityReport.Count count = row.getValue().getOrDefault(category, new QualityReport.Count(0, 0, 0));
        out.printf("  %-22s", count.passed() + " / " + count.failed());
      }
      out.println();
    }
    List<CheckResult> failures = report.failures().stream()
        .sorted(Comparator.comparingDouble(CheckResult::percent).reversed().thenComparing(CheckResult::checkId))
        .toList();
    if (failures.isEmpty()) {
      out.println("No check failed.");
      return;
    }
    out.println("failures (worst first):");
    for (CheckResult r : failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))) {
      out.printf(Locale.ROOT, "  %-70s %-12s %8d / %-8d %6.2f%% > %.2f%%  e.g. %s%n", r.checkId(), r.source(),
          r.violations(), r.denominator(), r.percent(), r.maxPercent(),
          r.examples().isEmpty() ? "-" : r.source() + ":" + r.examples().get(0));
    }
    if (failures.size() > FAILURES_SHOWN) {
      out.println("  ... and " + (failures.size() - FAILURES_SHOWN) + " more in the --html and --json reports.");
    }
  }
}
