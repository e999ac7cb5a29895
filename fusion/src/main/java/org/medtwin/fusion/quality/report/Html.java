package org.medtwin.fusion.quality.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.fusion.quality.QualityException;
import org.medtwin.fusion.quality.QualityReport;
import org.medtwin.fusion.quality.RunSummary;
import org.medtwin.fusion.quality.catalog.CheckCatalog;
import org.medtwin.fusion.quality.check.Category;
import org.medtwin.fusion.quality.check.CheckResult;
import org.medtwin.fusion.quality.check.CheckType;

/**
 * The self-contained HTML page of a quality run: results per source and category as inline SVG
 * bars, the trend over runs, every failure with its example records, and the catalogue of check
 * types.
 */
public final class Html {

  private Html() {}

  /**
   * Writes the page.
   *
   * @throws QualityException when the file cannot be written
   */
  public static void write(QualityReport report, Path file) {
    try {
      Files.writeString(file, page(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new QualityException("Cannot write the HTML report to " + file + ": " + e.getMessage(), e);
    }
  }

  /** The page as a string. */
  public static String page(QualityReport report) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>MedTwin data quality ")
        .append(escape(report.runId())).append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:24px;color:#212121}table{border-collapse:collapse;margin:8px 0}")
        .append("td,th{border:1px solid #ddd;padding:4px 8px;font-size:13px;vertical-align:top}th{background:#f5f5f5}")
        .append(".fail{color:#c62828;font-weight:600}.pass{color:#2e7d32}.num{text-align:right}code{font-size:12px}")
        .append("</style></head><body>");
    html.append("<h1>Data quality</h1><p>Run <code>").append(escape(report.runId())).append("</code> on <code>")
        .append(escape(report.store())).append("</code>, finished ").append(escape(report.finishedAt().toString()))
        .append(", thresholds ").append(escape(report.thresholdsVersion())).append(".</p>");
    html.append("<p>").append(report.checkTypes()).append(" check types, ").append(report.checkInstances())
        .append(" instances, ").append(report.judged()).append(" results judged: <span class=\"pass\">")
        .append(report.judged() - report.failures().size()).append(" passed</span>, <span class=\"fail\">")
        .append(report.failures().size()).append(" failed</span>; ")
        .append(report.results().size() - report.judged()).append(" not applicable (nothing to check).</p>");
    html.append("<h2>Results by source and category</h2>").append(bySourceChart(report));
    html.append("<h2>Results by category</h2>").append(byCategoryChart(report));
    html.append("<h2>Trend over runs</h2>").append(trend(report.trend()));
    html.append("<h2>Failures</h2>").append(failures(report));
    html.append("<h2>Check types</h2>").append(catalogue());
    return html.append("</body></html>").toString();
  }

  private static String bySourceChart(QualityReport report) {
    List<Svg.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Map<Category, QualityReport.Count>> source : report.bySourceAndCategory().entrySet()) {
      source.getValue().forEach((category, count) -> bars.add(bar(source.getKey() + " · " + category.label(), count)));
    }
    return Svg.stackedBars(bars) + legend();
  }

  private static String byCategoryChart(QualityReport report) {
    List<Svg.Bar> bars = new ArrayList<>();
    report.byCategory().forEach((category, count) -> bars.add(bar(category.label(), count)));
    return Svg.stackedBars(bars);
  }

  private static Svg.Bar bar(String label, QualityReport.Count count) {
    return new Svg.Bar(label, List.of(
        new Svg.Segment(count.passed(), Svg.PASS, count.passed() + " passed"),
        new Svg.Segment(count.failed(), Svg.FAIL, count.failed() + " failed"),
        new Svg.Segment(count.notApplicable(), Svg.NOT_APPLICABLE, count.notApplicable() + " not applicable")));
  }

  private static String legend() {
    return "<p><span style=\"color:" + Svg.PASS + "\">■ passed</span> <span style=\"color:" + Svg.FAIL
        + "\">■ failed</span> <span style=\"color:" + Svg.NOT_APPLICABLE + "\">■ not applicable</span></p>";
  }

  private static String trend(List<RunSummary> runs) {
    if (runs.isEmpty()) {
      return "<p>No runs yet.</p>";
    }
    List<String> labels = new ArrayList<>();
    List<Double> pass = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      labels.add("#" + (i + 1));
      pass.add(runs.get(i).passPercent());
    }
    List<Svg.Series> failed = new ArrayList<>();
    String[] colours = {"#1565c0", "#ef6c00", "#6a1b9a"};
    double max = 1;
    for (Category category : Category.values()) {
      List<Double> values = runs.stream()
          .map(r -> (double) r.failedByCategory().getOrDefault(category.label(), 0L)).toList();
      max = Math.max(max, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
      failed.add(new Svg.Series(category.label() + " failed", colours[category.ordinal()], values));
    }
    StringBuilder table = new StringBuilder("<table><tr><th>#</th><th>run</th><th>finished</th><th>judged</th>"
        + "<th>failed</th><th>passed %</th></tr>");
    for (int i = 0; i < runs.size(); i++) {
      RunSummary run = runs.get(i);
      table.append("<tr><td>").append(i + 1).append("</td><td><code>").append(escape(run.runId()))
          .append("</code></td><td>").append(escape(run.finishedAt().toString())).append("</td><td class=\"num\">")
          .append(run.results()).append("</td><td class=\"num\">").append(run.failed()).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.1f", run.passPercent())).append("</td></tr>");
    }
    return Svg.lines(labels, List.of(new Svg.Series("passed %", Svg.PASS, pass)), 100, "%")
        + Svg.lines(labels, failed, Math.ceil(max), "") + table.append("</table>");
  }

  private static String failures(QualityReport report) {
    List<CheckResult> failed = new ArrayList<>(report.failures());
    if (failed.isEmpty()) {
      return "<p class=\"pass\">No check failed.</p>";
    }
    failed.sort(Comparator.comparing(CheckResult::category).thenComparing(CheckResult::checkId)
        .thenComparing(CheckResult::source));
    StringBuilder table = new StringBuilder("<table><tr><th>category</th><th>check</th><th>source</th>"
        + "<th>violations</th><th>of</th><th>%</th><th>max %</th><th>examples (source record ids)</th></tr>");
    for (CheckResult r : failed) {
      table.append("<tr><td>").append(r.category().label()).append(" / ").append(r.context().label())
          .append("</td><td><code>").append(escape(r.checkId())).append("</code><br>").append(escape(r.description()))
          .append("</td><td>").append(escape(r.source())).append("</td><td class=\"num fail\">").append(r.violations())
          .append("</td><td class=\"num\">").append(r.denominator()).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.2f", r.percent())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.2f", r.maxPercent())).append("</td><td>");
      for (String example : r.examples()) {
        table.append("<code>").append(escape(r.source())).append(':').append(escape(example)).append("</code><br>");
      }
      table.append("</td></tr>");
    }
    return table.append("</table>").toString();
  }

  private static String catalogue() {
    StringBuilder table = new StringBuilder("<details><summary>")
        .append(CheckCatalog.types().size()).append(" check types</summary><table><tr><th>id</th><th>category</th>"
            + "<th>context</th><th>level</th><th>rule</th></tr>");
    for (CheckType type : CheckCatalog.types()) {
      table.append("<tr><td><code>").append(escape(type.id())).append("</code></td><td>").append(type.category().label())
          .append("</td><td>").append(type.context().label()).append("</td><td>").append(type.level().label())
          .append("</td><td>").append(escape(type.description())).append("</td></tr>");
    }
    return table.append("</table></details>").toString();
  }

  /** Escapes text for HTML and SVG content and attributes. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
