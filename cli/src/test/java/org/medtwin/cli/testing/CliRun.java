package org.medtwin.cli.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.medtwin.cli.MedTwinCli;
import picocli.CommandLine;

/**
 * One in-process run of the {@code medtwin} command line, with what it wrote.
 *
 * @param exitCode the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code medtwin} with the arguments, capturing both streams. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = MedTwinCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** The lines printed on standard error, without blank ones. */
  public java.util.List<String> errLines() {
    return err.lines().filter(line -> !line.isBlank()).toList();
  }
}
