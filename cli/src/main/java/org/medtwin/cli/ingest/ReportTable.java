package org.medtwin.cli.ingest;

import java.io.PrintWriter;
import java.util.Map;
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.SourceReport;

/** Prints an ingest report as a table people can read at a glance. */
final class ReportTable {

  private final IngestReport report;

  ReportTable(IngestReport report) {
    this.report = report;
  }

  void print(PrintWriter out) {
    out.printf("Ingest run %s into %s (%.1f s)%n", report.run(), report.store(), report.seconds());
    out.printf("%-14s %-12s %6s %10s %10s %10s %11s%n",
        "source", "format", "files", "read", "loaded", "unchanged", "quarantined");
    for (SourceReport source : report.sources()) {
      out.printf("%-14s %-12s %6d %10d %10d %10d %11d%n", source.source(), source.format(),
          source.files(), source.read(), source.loaded(), source.unchanged(), source.quarantined());
    }
    for (SourceReport source : report.sources()) {
      details(out, source);
    }
    if (report.quarantined() > 0) {
      out.println("See what was held back and why: medtwin quarantine list");
    }
  }

  private static void details(PrintWriter out, SourceReport source) {
    if (!source.unmodeled().isEmpty()) {
      out.println(source.source() + ": kept raw (not in the clinical model yet): " + summary(source.unmodeled()));
    }
    if (!source.unmappedCodes().isEmpty()) {
      out.println(source.source() + ": local codes without a concept-map entry (kept local): "
          + summary(source.unmappedCodes()));
    }
    if (!source.ignoredFiles().isEmpty()) {
      out.println(source.source() + ": files no " + source.format() + " reader accepts, not read: "
          + String.join(", ", source.ignoredFiles()));
    }
  }

  private static String summary(Map<String, Long> counts) {
    StringBuilder text = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> text.append(text.length() == 0 ? "" : ", ").append(e.getKey()).append(" ×").append(e.getValue()));
    return text.toString();
  }
}
