package org.medtwin.cli.pk;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code medtwin pk}: pharmacokinetic simulation, Bayesian estimation and dose optimisation. */
@Command(
    name = "pk",
    mixinStandardHelpOptions = true,
    description = "Pharmacokinetics: simulate regimens, estimate a patient's parameters from levels,"
        + " find the dose that hits a target.",
    subcommands = {SimulateCommand.class, MapCommand.class, DoseCommand.class})
public final class PkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
