package org.medtwin.cli.twin;

import java.util.concurrent.Callable;
import org.medtwin.cli.twin.glucose.GlucoseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code medtwin twin}: per-patient digital twins. */
@Command(
    name = "twin",
    mixinStandardHelpOptions = true,
    description = "Per-patient digital twins: assembled from the store, versioned, forked for scenarios; the glucose-insulin twin.",
    subcommands = {GlucoseCommand.class, TwinShowCommand.class, TwinSimulateCommand.class, TwinForkCommand.class, TwinCompareCommand.class})
public final class TwinCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
