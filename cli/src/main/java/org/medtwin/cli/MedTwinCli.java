package org.medtwin.cli;

import org.medtwin.cli.access.AccessCommand;
import org.medtwin.cli.audit.AuditCommand;
import org.medtwin.cli.conflicts.ConflictsCommand;
import org.medtwin.cli.demo.DemoCommand;
import org.medtwin.cli.export.ExportCommand;
import org.medtwin.cli.fuse.FuseCommand;
import org.medtwin.cli.generate.GenerateCommand;
import org.medtwin.cli.ingest.IngestCommand;
import org.medtwin.cli.link.LinkCommand;
import org.medtwin.cli.persons.PersonsCommand;
import org.medtwin.cli.pk.PkCommand;
import org.medtwin.cli.merge.MergeCommand;
import org.medtwin.cli.monitor.MonitorCommand;
import org.medtwin.cli.news2.News2Command;
import org.medtwin.cli.quality.QualityCommand;
import org.medtwin.cli.quarantine.QuarantineCommand;
import org.medtwin.cli.serve.ServeCommand;
import org.medtwin.cli.twin.TwinCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code medtwin} command: generate, ingest, inspect. */
@Command(
    name = "medtwin",
    mixinStandardHelpOptions = true,
    versionProvider = MedTwinVersion.class,
    description = "Fuses health data from many sources into one governed patient record.",
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      IngestCommand.class,
      FuseCommand.class,
      LinkCommand.class,
      PersonsCommand.class,
      MergeCommand.class,
      ConflictsCommand.class,
      ExportCommand.class,
      QuarantineCommand.class,
      ServeCommand.class,
      PkCommand.class,
      News2Command.class,
      MonitorCommand.class,
      TwinCommand.class,
      QualityCommand.class,
      AccessCommand.class,
      AuditCommand.class,
      org.medtwin.cli.learn.LearnCommand.class,
      CommandLine.HelpCommand.class
    })
public final class MedTwinCli {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status, for tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, with MedTwin's one-line error messages. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new MedTwinCli());
    commandLine.setExecutionExceptionHandler(new CliErrors());
    commandLine.setParameterExceptionHandler(CliErrors::handleParameterException);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
