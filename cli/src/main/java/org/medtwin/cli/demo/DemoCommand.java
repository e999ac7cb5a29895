package org.medtwin.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.ConsoleProgress;
import org.medtwin.cli.StoreOption;
import org.medtwin.cli.generate.GeneratorProcess;
import org.medtwin.cli.ingest.IngestCommand;
import org.medtwin.cli.link.LinkCommand;
import org.medtwin.cli.link.LinkSummaryPrinter;
import org.medtwin.cli.merge.MergeCommand;
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.IngestSettings;
import org.medtwin.fusion.link.index.IndexSettings;
import org.medtwin.fusion.link.index.LinkSummary;
import org.medtwin.fusion.merge.SurvivorshipPolicy;
import org.medtwin.fusion.merge.store.StoreMerge;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medtwin demo}: generate a small network, ingest it, link its patients into persons and
 * merge their golden records, showing each step's report.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Generates a small synthetic hospital network, ingests it, links its patients into persons and"
        + " merges golden records, printing each report.")
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--patients", defaultValue = "30", description = "People to simulate (default ${DEFAULT-VALUE}).")
  int patients;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", defaultValue = "medtwin-data/demo-network", description = "Where the network goes (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    if (Files.isDirectory(out.resolve("truth"))) {
      console.println("Using the network already generated in " + out);
    } else {
      console.println("Generating a synthetic network of " + patients + " people in " + out + " ...");
      console.flush();
      GeneratorProcess.run(
          List.of("--patients", Integer.toString(patients), "--seed", Long.toString(seed), "--out", out.toString(), "--force"),
          new ConsoleProgress(spec.commandLine().getErr(), "generate"));
    }
    console.println("Ingesting " + out + " into " + store.location() + " ...");
    console.flush();
    IngestReport report = IngestCommand.ingest(store, out, IngestSettings.DEFAULT, spec.commandLine().getErr());
    IngestCommand.printReport(report, console);
    Path json = out.resolveSibling("demo-report.json");
    IngestCommand.writeJson(report, json);
    console.println("Report as JSON: " + json);
    console.println();
    console.println("Linking patient records across sources into persons ...");
    console.flush();
    LinkSummary links =
        LinkCommand.link(store, IndexSettings.defaults(), false, spec.commandLine().getErr());
    LinkSummaryPrinter.print(links, console);
    console.println("Merging each person's records into a golden record ...");
    console.flush();
    try (PatientStore patientStore = store.open()) {
      MergeCommand.print(new StoreMerge(patientStore, SurvivorshipPolicy.bundled()).run(), console);
    }
    console.println();
    console.println("Next: medtwin link evaluate --truth " + out.resolve("truth/records.csv")
        + " · medtwin conflicts list · medtwin quarantine list (add --store " + store.location() + ")");
    console.flush();
    return 0;
  }
}
