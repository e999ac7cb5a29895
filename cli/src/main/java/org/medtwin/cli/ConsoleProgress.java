package org.medtwin.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error: redrawn in place on a terminal, a line every few seconds
 * when the output goes to a file or CI log.
 */
public final class ConsoleProgress {

  private static final int WIDTH = 30;
  private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

  private final PrintWriter out;
  private final String label;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private long lastLogNanos;
  private int lastPercent = -1;

  /** A bar for the named task. */
  public ConsoleProgress(PrintWriter out, String label) {
    this(out, label, System.console() != null);
  }

  ConsoleProgress(PrintWriter out, String label, boolean terminal) {
    this.out = out;
    this.label = label;
    this.terminal = terminal;
  }

  /** Shows how far the task is; {@code unit} names what is counted ("MB", "patients"). */
  public synchronized void update(long done, long total, String unit, String detail) {
    int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
    long now = System.nanoTime();
    if (terminal) {
      if (percent == lastPercent && now - lastLogNanos < 200_000_000L) {
        return;
      }
      int filled = percent * WIDTH / 100;
      out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
          + percent + "% " + done + "/" + total + " " + unit + " " + elapsed(now) + "  "
          + (detail == null ? "" : shorten(detail)) + "\u001b[K");
      out.flush();
    } else if (now - lastLogNanos >= LOG_INTERVAL_NANOS || percent == 100 && lastPercent != 100) {
      out.println(label + ": " + percent + "% (" + done + "/" + total + " " + unit + ", "
          + elapsed(now) + ")");
    } else {
      return;
    }
    lastPercent = percent;
    lastLogNanos = now;
  }

  /** Ends the bar's line. */
  public synchronized void finish() {
    if (terminal) {
      out.println();
    }
  }

  private String elapsed(long now) {
    long seconds = (now - startNanos) / 1_000_000_000L;
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  private static String shorten(String detail) {
    return detail.length() <= 40 ? detail : "…" + detail.substring(detail.length() - 39);
  }
}
