package org.medtwin.cli.export;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medtwin.cli.ConsoleProgress;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportCounts;
import org.medtwin.fusion.export.ExportSource;
import org.medtwin.fusion.export.fhir.FhirBulkExport;
import org.medtwin.fusion.standardize.UcumUnits;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin export fhir}: FHIR R4 Bulk Data NDJSON. */
@Command(
    name = "fhir",
    mixinStandardHelpOptions = true,
    description = {
      "Writes FHIR R4 Bulk Data NDJSON into DIR: one file per resource type, one Provenance per",
      "resource naming its source records, and manifest.json (the Bulk Data manifest)."
    })
public final class ExportFhirCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin DeidentifyOptions deidentify;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
  Path out;

  @Override
  public Integer call() {
    Disclosure disclosure = deidentify.disclosure(out);
    ConsoleProgress bar = new ConsoleProgress(spec.commandLine().getErr(), "export fhir");
    ExportCounts counts;
    try (PatientStore patientStore = store.open()) {
      counts = new FhirBulkExport(new ExportSource(patientStore), disclosure,
          (done, total, detail) -> bar.update(done, total, "records", detail), UcumUnits.load()).run(out);
    } finally {
      bar.finish();
    }
    ExportReport.print("fhir", out, counts, spec.commandLine().getOut());
    DeidentifyOptions.report(disclosure, out, spec.commandLine().getOut());
    return 0;
  }
}
