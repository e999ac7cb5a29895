package org.medtwin.cli.news2;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code medtwin news2}: the National Early Warning Score 2 (RCP 2017). */
@Command(
    name = "news2",
    mixinStandardHelpOptions = true,
    description = "National Early Warning Score 2, as the Royal College of Physicians' 2017 charts define it.",
    subcommands = News2ScoreCommand.class)
public final class News2Command implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
