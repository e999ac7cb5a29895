package org.medtwin.cli.merge;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.merge.SurvivorshipPolicy;
import org.medtwin.fusion.merge.store.MergeSummary;
import org.medtwin.fusion.merge.store.StoreMerge;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin merge}: builds the golden record of every linked person. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the golden record of every person `medtwin link` linked: survivorship rules pick",
      "each patient field, facts several sources report become one, and disagreements are kept",
      "as conflicts (see `medtwin conflicts list`). Source records are never changed; re-running",
      "on the same store changes nothing."
    })
public final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "A survivorship rules file (JSON) instead of the bundled one.")
  Path rules;

  @Override
  public Integer call() {
    SurvivorshipPolicy policy = policy(rules);
    try (PatientStore patientStore = store.open()) {
      print(new StoreMerge(patientStore, policy).run(), spec.commandLine().getOut());
    }
    return 0;
  }

  /** The bundled policy, or the file's; a missing file is a one-line error. */
  public static SurvivorshipPolicy policy(Path file) {
    if (file == null) {
      return SurvivorshipPolicy.bundled();
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException("Survivorship file " + file + " does not exist.");
    }
    return SurvivorshipPolicy.load(file);
  }

  /** The one-paragraph merge report. */
  public static void print(MergeSummary summary, PrintWriter out) {
    out.printf("merge: %d persons, %d source facts merged into %d, %d conflicts, %d rows changed%n",
        summary.persons(), summary.sourceFacts(), summary.mergedFacts(), summary.conflicts(),
        summary.rowsChanged());
    if (summary.conflicts() > 0) {
      out.println("  list them with: medtwin conflicts list");
    }
    out.flush();
  }
}
