package org.medtwin.cli.monitor;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code medtwin monitor}: vital-sign monitoring with NEWS2 alerts. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = "Vital-sign monitoring: NEWS2 thresholds, rising scores, overdue observations, escalation.",
    subcommands = MonitorReplayCommand.class)
public final class MonitorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
