package org.medtwin.cli.fuse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.cli.ingest.IngestCommand;
import org.medtwin.cli.link.LinkCommand;
import org.medtwin.cli.link.LinkOptions;
import org.medtwin.cli.link.LinkSummaryPrinter;
import org.medtwin.cli.merge.MergeCommand;
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.IngestSettings;
import org.medtwin.fusion.link.index.LinkSummary;
import org.medtwin.fusion.merge.SurvivorshipPolicy;
import org.medtwin.fusion.merge.store.StoreMerge;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medtwin fuse DIR}: ingests a network folder, links its patients into persons and merges
 * their golden records.
 */
@Command(
    name = "fuse",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests a network folder (or one source folder) into the store, links every patient",
      "record across sources into persons and merges each person's records into a golden",
      "record, keeping conflicts. Prints the ingest report, a linkage and a merge summary.",
      "Re-running ingests nothing twice and places only new or changed records."
    })
public final class FuseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin LinkOptions options;

  @Parameters(paramLabel = "DIR", description = "A network folder or a source folder.")
  Path input;

  @Option(names = "--batch", defaultValue = "50000",
      description = "Records per ingest transaction (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--full", description = "Re-link every record and retrain the model.")
  boolean full;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "A survivorship rules file (JSON) for the golden records instead of the bundled one.")
  Path rules;

  @Override
  public Integer call() throws IOException {
    if (batch < 1) {
      throw new CliException("--batch must be at least 1 record per transaction, not " + batch + ".");
    }
    IngestReport report =
        IngestCommand.ingest(store, input, new IngestSettings(batch), spec.commandLine().getErr());
    IngestCommand.printReport(report, spec.commandLine().getOut());
    LinkSummary summary =
        LinkCommand.link(store, options.settings(), full, spec.commandLine().getErr());
    LinkSummaryPrinter.print(summary, spec.commandLine().getOut());
    SurvivorshipPolicy policy = MergeCommand.policy(rules);
    try (PatientStore patientStore = store.open()) {
      MergeCommand.print(new StoreMerge(patientStore, policy).run(), spec.commandLine().getOut());
    }
    return 0;
  }
}
