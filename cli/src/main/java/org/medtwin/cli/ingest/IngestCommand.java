package org.medtwin.cli.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.ConsoleProgress;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.ingest.IngestProgress;
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.IngestSettings;
import org.medtwin.fusion.ingest.Ingestion;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin ingest DIR}: reads a source folder or a whole network into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests a source folder (with medtwin-source.json, or fhir/, csv/, hl7/) or a network of",
      "them into the patient store. Re-running loads nothing twice; a killed run resumes."
    })
public final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(paramLabel = "DIR", description = "A source folder or a network folder.")
  Path input;

  @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the run report as JSON.")
  Path reportJson;

  @Option(names = "--batch", defaultValue = "50000", description = "Records per transaction (default ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() throws IOException {
    if (batch < 1) {
      throw new CliException("--batch must be at least 1 record per transaction, not " + batch + ".");
    }
    IngestReport report = ingest(store, input, new IngestSettings(batch), spec.commandLine().getErr());
    printReport(report, spec.commandLine().getOut());
    if (reportJson != null) {
      writeJson(report, reportJson);
    }
    return 0;
  }

  /** Runs an ingestion with a progress bar; shared with the demo. */
  public static IngestReport ingest(StoreOption store, Path input, IngestSettings settings, PrintWriter err)
      throws IOException {
    ConsoleProgress bar = new ConsoleProgress(err, "ingest");
    try (PatientStore patientStore = store.open()) {
      IngestReport report = new Ingestion(patientStore, settings, new BarProgress(bar)).run(input);
      bar.finish();
      return report;
    }
  }

  /** Prints the report as a table. */
  public static void printReport(IngestReport report, PrintWriter out) {
    new ReportTable(report).print(out);
    out.flush();
  }

  /** Writes the report as JSON. */
  public static void writeJson(IngestReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
  }

  /** Feeds the ingestion's progress to the bar, in megabytes. */
  private static final class BarProgress implements IngestProgress {
    private static final double MB = 1024.0 * 1024.0;
    private final ConsoleProgress bar;
    private long totalBytes;

    BarProgress(ConsoleProgress bar) {
      this.bar = bar;
    }

    @Override
    public void started(long totalBytes, int totalFiles) {
      this.totalBytes = totalBytes;
      bar.update(0, Math.round(totalBytes / MB), "MB", null);
    }

    @Override
    public void fileDone(String source, String file, long bytesDone) {
      bar.update(Math.round(bytesDone / MB), Math.round(totalBytes / MB), "MB", source + "/" + file);
    }
  }
}
