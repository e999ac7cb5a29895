package org.medtwin.cli.quality;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.ConsoleProgress;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.quality.DataQuality;
import org.medtwin.fusion.quality.QualityException;
import org.medtwin.fusion.quality.QualityReport;
import org.medtwin.fusion.quality.Thresholds;
import org.medtwin.fusion.quality.catalog.CatalogContext;
import org.medtwin.fusion.quality.catalog.CheckCatalog;
import org.medtwin.fusion.quality.knowledge.ClinicalKnowledge;
import org.medtwin.fusion.quality.report.Html;
import org.medtwin.fusion.quality.report.JsonReport;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin quality}: runs every data quality check on the store and reports. */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the data quality checks (conformance, completeness, plausibility; Kahn's framework,",
      "instantiated per table, field and concept like the OHDSI Data Quality Dashboard) on the",
      "store, prints a summary by category and source, and keeps the results as a run in the",
      "store so that `medtwin quality trend` and the HTML report show the trend."
    },
    subcommands = QualityTrendCommand.class)
public final class QualityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--thresholds", paramLabel = "FILE",
      description = "A JSON file whose entries override the bundled thresholds (docs/quality.md).")
  Path thresholdsFile;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the self-contained HTML report here.")
  Path html;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON result here.")
  Path json;

  @Option(names = "--strict", description = "Exit with status 2 when any check fails.")
  boolean strict;

  @Override
  public Integer call() {
    checkOutput(html, "--html");
    checkOutput(json, "--json");
    PrintWriter out = spec.commandLine().getOut();
    try (PatientStore patientStore = store.open()) {
      ClinicalKnowledge knowledge = ClinicalKnowledge.bundled();
      Thresholds thresholds = thresholds(knowledge);
      DataQuality quality = new DataQuality(patientStore, thresholds, knowledge, Clock.systemUTC());
      ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "quality");
      QualityReport report = quality.run((done, total, id) -> progress.update(done, total, "checks", id));
      progress.finish();
      QualitySummary.print(report, out);
      if (html != null) {
        Html.write(report, html);
        out.println("HTML report: " + html);
      }
      if (json != null) {
        JsonReport.write(report, json);
        out.println("JSON result: " + json);
      }
      out.flush();
      return strict && !report.failures().isEmpty() ? 2 : 0;
    } catch (QualityException e) {
      throw new CliException(e.getMessage());
    }
  }

  private Thresholds thresholds(ClinicalKnowledge knowledge) {
    if (thresholdsFile == null) {
      return Thresholds.bundled();
    }
    CatalogContext context = new CatalogContext(Thresholds.bundled(), knowledge, Clock.systemUTC().instant(), null);
    return Thresholds.withOverrides(thresholdsFile, CheckCatalog.ids(context));
  }

  private static void checkOutput(Path file, String option) {
    if (file == null) {
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new CliException(option + " " + file + " is a folder. Give a file name, e.g. " + file.resolve("quality.html"));
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new CliException(option + " " + file + ": folder " + parent + " does not exist.");
    }
  }
}
