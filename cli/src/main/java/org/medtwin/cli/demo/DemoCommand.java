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
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.IngestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin demo}: generate a small network, ingest it, show the report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Generates a small synthetic hospital network, ingests it into the store and prints the report.")
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--patients", defaultValue = "50", description = "People to simulate (default ${DEFAULT-VALUE}).")
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
    console.println("Next: medtwin quarantine list --store " + store.location());
    console.flush();
    return 0;
  }
}
