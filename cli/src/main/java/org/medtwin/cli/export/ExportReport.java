package org.medtwin.cli.export;

import java.io.PrintWriter;
import java.util.Map;
import org.medtwin.fusion.export.ExportCounts;

/** Prints what an export wrote and what it left out, with the reasons. */
final class ExportReport {

  private ExportReport() {}

  static void print(String format, Object out, ExportCounts counts, PrintWriter writer) {
    writer.printf("export %s: %d records written to %s, %d left out%n", format, counts.totalExported(), out,
        counts.totalSkipped());
    counts.exported().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> writer.printf("  %-28s %,12d%n", e.getKey(), e.getValue()));
    counts.skipped().forEach((output, reasons) -> reasons.forEach((reason, n) ->
        writer.printf("  left out %,d %s: %s%n", n, output, reason)));
    writer.flush();
  }
}
