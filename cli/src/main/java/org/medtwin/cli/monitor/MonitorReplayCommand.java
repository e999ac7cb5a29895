package org.medtwin.cli.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.twin.monitor.Alert;
import org.medtwin.twin.monitor.MonitorInputException;
import org.medtwin.twin.monitor.MonitorReplay;
import org.medtwin.twin.monitor.MonitorSettings;
import org.medtwin.twin.monitor.ObservationCsvReader;
import org.medtwin.twin.monitor.VitalSignMonitor;
import org.medtwin.twin.news2.News2Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin monitor replay FILE}: replays recorded observations and prints alerts as they fire. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replays a CSV of observations (patient_id,time,resp_rate,spo2,spo2_scale,on_oxygen,systolic_bp,pulse,"
          + "consciousness,temperature; time as 2026-11-25T08:00:00Z) on its own clock and prints each alert"
          + " as it fires. Unacknowledged alerts escalate; nobody acknowledges during a replay."
    })
public final class MonitorReplayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The observations, in event-time order per patient.")
  Path file;

  @Option(names = "--until", paramLabel = "TIME",
      description = "Run the clock on to this instant after the last row, to see what falls overdue.")
  String until;

  @Override
  public Integer call() throws IOException {
    Instant end = parseUntil();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VitalSignMonitor monitor = new VitalSignMonitor(News2Scorer.rcp2017(), MonitorSettings.defaults());
    MonitorReplay.Summary summary;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        ObservationCsvReader reader = new ObservationCsvReader(in, file.getFileName().toString())) {
      summary = MonitorReplay.replay(reader, monitor, end, new MonitorReplay.Listener() {
        @Override
        public void alert(Alert alert) {
          out.println(alert.line());
        }

        @Override
        public void badRow(ObservationCsvReader.Row row) {
          err.println("medtwin: " + file.getFileName() + " line " + row.line() + " skipped: "
              + String.join("; ", row.problems()));
        }
      });
    } catch (NoSuchFileException e) {
      throw new CliException("No such file: " + e.getFile());
    } catch (MonitorInputException e) {
      throw new CliException(e.getMessage());
    }
    out.printf("%,d rows: %,d observations replayed, %,d bad rows, %,d late observations, %,d alerts%n",
        summary.rows(), summary.observations(), summary.badRows(), summary.late(), summary.alerts());
    out.flush();
    err.flush();
    return 0;
  }

  private Instant parseUntil() {
    if (until == null) {
      return null;
    }
    try {
      return Instant.parse(until);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CliException("--until '" + until + "' is not an ISO-8601 instant. Maybe 2026-11-25T20:00:00Z?");
    }
  }
}
