package org.medtwin.cli.link;

import java.util.concurrent.Callable;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.link.index.LinkSummary;
import org.medtwin.fusion.link.index.PersonIndex;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin link}: links the store's patient records into persons (the master patient index). */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Links the store's patient records across sources into persons. Places only new and",
      "changed records when an earlier run exists; --full re-links everything from scratch.",
      "Person ids stay stable across runs; human decisions (link decide) always hold."
    },
    subcommands = {LinkEvaluateCommand.class, LinkExplainCommand.class, LinkDecideCommand.class})
public final class LinkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin LinkOptions options;

  @Option(names = "--full", description = "Re-link every record and retrain the model.")
  boolean full;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("link: reading patients and linking ...");
    try (PatientStore patientStore = store.open()) {
      LinkSummary summary = new PersonIndex(patientStore, options.settings()).link(full);
      LinkSummaryPrinter.print(summary, spec.commandLine().getOut());
    }
    return 0;
  }
}
