package org.medtwin.cli.pk;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medtwin.cli.CliException;
import org.medtwin.pharma.pkpd.library.LibraryException;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import picocli.CommandLine.Option;

/** Options every pk command shares: the model, the library, covariates, outputs and the seed. */
public final class ModelOptions {

  @Option(names = "--model", required = true, description = "Model name in the library, e.g."
      + " vancomycin-goti-2018 (see --list-models).")
  String model;

  @Option(names = "--library", description = "A model library JSON file instead of the shipped one.")
  Path library;

  @Option(names = {"-c", "--covariate"}, description = "Covariate NAME=VALUE, repeatable (WT=70,"
      + " AGE=65, SEX=1 for female, SCR=1.1 mg/dL, CRCL=80 mL/min, DIAL=0).")
  Map<String, String> covariates = new LinkedHashMap<>();

  @Option(names = "--json", description = "Write the result as JSON to this file.")
  Path json;

  @Option(names = "--html", description = "Write a self-contained HTML page with plots to this"
      + " file.")
  Path html;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of every random draw"
      + " (default ${DEFAULT-VALUE}).")
  long seed;

  /** The library, shipped or given. */
  ModelLibrary library() {
    try {
      return library == null ? ModelLibrary.shipped() : ModelLibrary.load(library);
    } catch (LibraryException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** The chosen library entry. */
  ModelLibrary.LibraryEntry entry() {
    try {
      return library().get(model);
    } catch (LibraryException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** The covariates as numbers. */
  Map<String, Double> covariateValues() {
    Map<String, Double> values = new LinkedHashMap<>();
    covariates.forEach((name, text) -> {
      try {
        values.put(name.toUpperCase(java.util.Locale.ROOT), Double.parseDouble(text));
      } catch (NumberFormatException e) {
        throw new CliException("Covariate " + name + "=" + text + " is not a number.");
      }
    });
    return values;
  }
}
