package org.medtwin.generator;

import java.io.PrintStream;

/** Reports progress to the launching process as lines {@code PROGRESS <done> <total> <phase>}. */
public record Progress(PrintStream out) {

  /** Progress that goes nowhere, for tests. */
  public static Progress silent() {
    return new Progress(new PrintStream(PrintStream.nullOutputStream()));
  }

  /**
   * Prints one progress line and flushes it.
   *
   * @param done units finished in this phase
   * @param total units in this phase
   * @param phase what is being done, e.g. {@code simulate} or {@code export}
   */
  public void report(long done, long total, String phase) {
    out.println("PROGRESS " + done + " " + total + " " + phase);
    out.flush();
  }
}
