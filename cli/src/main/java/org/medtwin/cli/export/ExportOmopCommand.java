package org.medtwin.cli.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.ConsoleProgress;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportCounts;
import org.medtwin.fusion.export.ExportSource;
import org.medtwin.fusion.export.omop.OmopExport;
import org.medtwin.fusion.export.omop.OmopTarget;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin export omop}: OMOP CDM 5.4 as a DuckDB file, a PostgreSQL schema or CSV files. */
@Command(
    name = "omop",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the store as OMOP CDM 5.4 (OHDSI's official DDL): PERSON per linked person, visits,",
      "conditions, drugs, procedures, measurements, observations, notes, devices, death and",
      "observation periods, with source values kept. Concept ids are 0 with the source code in",
      "*_source_value: MedTwin ships no Athena vocabulary."
    })
public final class ExportOmopCommand implements Callable<Integer> {

  /** The kinds of OMOP output. */
  enum Format { DUCKDB, POSTGRESQL, CSV }

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin DeidentifyOptions deidentify;

  @Option(names = "--out", required = true, paramLabel = "FILE|DIR|JDBC_URL",
      description = "A new DuckDB file (*.duckdb), a new or empty folder for CSV, or a jdbc:postgresql: URL.")
  String out;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "duckdb, postgresql or csv (default: from --out: jdbc:postgresql: URL, *.duckdb file, else csv).")
  Format format;

  @Option(names = "--schema", paramLabel = "NAME", defaultValue = "cdm",
      description = "The PostgreSQL schema to create the CDM in (default: ${DEFAULT-VALUE}).")
  String schema;

  @Override
  public Integer call() {
    OmopTarget target = target();
    Disclosure disclosure = deidentify.disclosure(outputPath());
    ConsoleProgress bar = new ConsoleProgress(spec.commandLine().getErr(), "export omop");
    ExportCounts counts;
    try (PatientStore patientStore = store.open()) {
      counts = new OmopExport(new ExportSource(patientStore), disclosure,
          (done, total, detail) -> bar.update(done, total, "records", detail)).run(target);
    } finally {
      bar.finish();
    }
    ExportReport.print("omop", out.startsWith("jdbc:") ? schema : out, counts, spec.commandLine().getOut());
    DeidentifyOptions.report(disclosure, reportFolder(), spec.commandLine().getOut());
    return 0;
  }

  private Path outputPath() {
    return out.startsWith("jdbc:") ? null : Path.of(out);
  }

  /** CSV goes to a folder, which holds the risk report too; a DuckDB file has none beside it. */
  private Path reportFolder() {
    return out.startsWith("jdbc:") || out.toLowerCase(Locale.ROOT).endsWith(".duckdb") ? null : Path.of(out);
  }

  private OmopTarget target() {
    Format chosen = format != null ? format
        : out.startsWith("jdbc:") ? Format.POSTGRESQL
        : out.toLowerCase(Locale.ROOT).endsWith(".duckdb") ? Format.DUCKDB : Format.CSV;
    if (chosen == Format.POSTGRESQL) {
      if (!out.startsWith("jdbc:postgresql:")) {
        throw new CliException("--format postgresql needs a jdbc:postgresql: URL in --out, not '" + out + "'.");
      }
      return new OmopTarget.Postgres(out, schema);
    }
    if (out.startsWith("jdbc:")) {
      throw new CliException("--out is a JDBC URL but --format is " + chosen.name().toLowerCase(Locale.ROOT)
          + ". Maybe --format postgresql?");
    }
    return chosen == Format.DUCKDB ? new OmopTarget.DuckDbFile(Path.of(out)) : new OmopTarget.CsvFolder(Path.of(out));
  }
}
