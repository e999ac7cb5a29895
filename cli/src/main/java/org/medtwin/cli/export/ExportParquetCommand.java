package org.medtwin.cli.export;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medtwin.cli.ConsoleProgress;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportCounts;
import org.medtwin.fusion.export.ExportSource;
import org.medtwin.fusion.export.parquet.ParquetExport;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin export parquet}: Parquet files for analysis. */
@Command(
    name = "parquet",
    mixinStandardHelpOptions = true,
    description = {
      "Writes Parquet files into DIR: person.parquet (one row per linked person, the golden record)",
      "and one file per fact table with the person each fact belongs to."
    })
public final class ExportParquetCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin DeidentifyOptions deidentify;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
  Path out;

  @Override
  public Integer call() {
    Disclosure disclosure = deidentify.disclosure(out);
    ConsoleProgress bar = new ConsoleProgress(spec.commandLine().getErr(), "export parquet");
    ExportCounts counts;
    try (PatientStore patientStore = store.open()) {
      counts = new ParquetExport(new ExportSource(patientStore), disclosure,
          (done, total, detail) -> bar.update(done, total, "records", detail)).run(out);
    } finally {
      bar.finish();
    }
    ExportReport.print("parquet", out, counts, spec.commandLine().getOut());
    DeidentifyOptions.report(disclosure, out, spec.commandLine().getOut());
    return 0;
  }
}
