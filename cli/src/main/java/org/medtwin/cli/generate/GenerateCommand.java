package org.medtwin.cli.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medtwin generate}: a synthetic hospital network made with Synthea. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic hospital network with Synthea: hospital A (FHIR R4 bundles),",
      "hospital B (Synthea CSV with local lab codes and units), a laboratory (HL7 v2.5),",
      "and truth/records.csv linking every patient record to its person."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--patients", required = true, description = "How many people to simulate.")
  int patients;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}); the same seed gives the same files.")
  long seed;

  @Option(names = "--out", required = true, description = "The network folder to write; must be empty.")
  Path out;

  @Option(names = "--force", description = "Write into a folder that is not empty.")
  boolean force;

  @Option(names = "--overlap-one", description = "Share of people held by exactly one source.")
  Double overlapOne;

  @Option(names = "--overlap-two", description = "Share of people held by exactly two sources.")
  Double overlapTwo;

  @Option(names = "--overlap-three", description = "Share of people held by all three sources.")
  Double overlapThree;

  @Option(names = "--noise", description = "Probability of each kind of demographic noise per copy.")
  Double noise;

  @Option(names = "--years-of-history", description = "Years of history Synthea exports per person.")
  Integer yearsOfHistory;

  @Option(names = "--demographics-only", description = "Fast mode: patient records only, no clinical history (for linkage benchmarks).")
  boolean demographicsOnly;

  @Override
  public Integer call() {
    if (patients < 1) {
      throw new CliException("--patients must be at least 1, not " + patients + ".");
    }
    GeneratorProcess.run(arguments(), new ConsoleProgress(spec.commandLine().getErr(), "generate"));
    spec.commandLine().getOut().println("Wrote a synthetic network of " + patients + " people to " + out);
    return 0;
  }

  /** The generator's command line for these options. */
  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of(
        "--patients", Integer.toString(patients), "--seed", Long.toString(seed), "--out", out.toString()));
    add(args, "--overlap-one", overlapOne);
    add(args, "--overlap-two", overlapTwo);
    add(args, "--overlap-three", overlapThree);
    add(args, "--noise", noise);
    add(args, "--years-of-history", yearsOfHistory);
    if (force) {
      args.add("--force");
    }
    if (demographicsOnly) {
      args.add("--demographics-only");
    }
    return args;
  }

  private static void add(List<String> args, String name, Object value) {
    if (value != null) {
      args.add(name);
      args.add(value.toString());
    }
  }
}
