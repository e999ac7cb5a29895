package org.medtwin.twin.glucose.sim;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a trajectory as {@code minute,bg_mg_dl}: plasma glucose every few minutes from 0. */
public final class TrajectoryCsv {

  private TrajectoryCsv() {}

  /** Writes plasma glucose G = Gp/Vg at minutes 0, step, 2·step, … up to the end. */
  public static void write(Trajectory trajectory, int stepMinutes, Writer out) throws IOException {
    double[] glucose = trajectory.plasmaGlucoseEvery(stepMinutes);
    out.write("minute,bg_mg_dl\n");
    for (int i = 0; i < glucose.length; i++) {
      out.write(String.format(Locale.ROOT, "%d,%.6f%n", i * stepMinutes, glucose[i]));
    }
  }
}
