package org.medtwin.cli.link;

import java.io.PrintWriter;
import org.medtwin.fusion.link.index.LinkSummary;

/** Prints a linkage run's summary for a person to read. */
public final class LinkSummaryPrinter {

  private LinkSummaryPrinter() {}

  /** Prints the summary. */
  public static void print(LinkSummary summary, PrintWriter out) {
    out.printf("Linkage (%s run %s)%n", summary.mode(), summary.runId());
    out.printf("  records          %,d (%,d placed by this run)%n", summary.records(),
        summary.newRecords());
    out.printf("  persons          %,d%n", summary.persons());
    out.printf("  pairs compared   %,d%n", summary.pairsCompared());
    out.printf("  time             %.1f s%n", summary.seconds());
    out.flush();
  }
}
