package org.medtwin.cli.conflicts;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code medtwin conflicts}: what the sources disagree on, after {@code medtwin merge}. */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    description = "Shows what the sources disagree on about each person.",
    subcommands = ConflictsListCommand.class)
public final class ConflictsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
