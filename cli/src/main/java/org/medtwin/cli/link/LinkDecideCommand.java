package org.medtwin.cli.link;

import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.link.index.IndexSettings;
import org.medtwin.fusion.link.index.PersonIndex;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin link decide A B --same|--different --reason TEXT}: a human link decision. */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = {
      "Records that two records are the same person (--same) or different persons",
      "(--different). Every later 'medtwin link' obeys it; the latest decision on a pair holds."
    })
public final class LinkDecideCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "SOURCE:ID", description = "The first record.")
  String first;

  @Parameters(index = "1", paramLabel = "SOURCE:ID", description = "The second record.")
  String second;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Verdict verdict;

  @Option(names = "--reason", required = true, paramLabel = "TEXT",
      description = "Why, for the next person who reads the decision.")
  String reason;

  @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who decides (default: the user, ${DEFAULT-VALUE}).")
  String decidedBy;

  /** Exactly one of --same and --different. */
  static final class Verdict {
    @Option(names = "--same", required = true, description = "They are one person.")
    boolean same;

    @Option(names = "--different", required = true, description = "They are different persons.")
    boolean different;
  }

  @Override
  public Integer call() {
    if (reason.isBlank()) {
      throw new CliException("--reason must say why; it is kept with the decision.");
    }
    RecordKey a = RecordArgument.parse(first);
    RecordKey b = RecordArgument.parse(second);
    try (PatientStore patientStore = store.open()) {
      new PersonIndex(patientStore, IndexSettings.defaults())
          .decide(a, b, verdict.same, decidedBy, reason.strip());
    }
    spec.commandLine().getOut().printf(
        "Recorded: %s:%s and %s:%s are %s. Run 'medtwin link' to apply it.%n",
        a.source(), a.recordId(), b.source(), b.recordId(),
        verdict.same ? "the same person" : "different persons");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
