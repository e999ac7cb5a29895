package org.medtwin.cli.link;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.medtwin.cli.ConsoleProgress;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.link.index.IndexSettings;
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
    LinkSummary summary = link(store, options.settings(), full, spec.commandLine().getErr());
    LinkSummaryPrinter.print(summary, spec.commandLine().getOut());
    return 0;
  }

  /** Links the store with a progress bar on {@code err}; shared with {@code fuse}. */
  public static LinkSummary link(
      StoreOption store, IndexSettings settings, boolean full, PrintWriter err) {
    ConsoleProgress bar = new ConsoleProgress(err, "link");
    int[] steps = {1};
    try (PatientStore patientStore = store.open()) {
      LinkSummary summary = new PersonIndex(patientStore, settings).link(full, (step, of, name) -> {
        steps[0] = of;
        bar.update(step - 1, of, "steps", name);
      });
      bar.update(steps[0], steps[0], "steps", "done");
      bar.finish();
      return summary;
    }
  }
}
