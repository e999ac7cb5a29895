package org.medtwin.cli.pk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.pharma.pkpd.data.DataFormatException;
import org.medtwin.pharma.pkpd.data.DataIssue;
import org.medtwin.pharma.pkpd.data.DoseRouting;
import org.medtwin.pharma.pkpd.data.NonmemCsvReader;
import org.medtwin.pharma.pkpd.data.NonmemDataset;
import org.medtwin.pharma.pkpd.estimation.FoceiEstimator;
import org.medtwin.pharma.pkpd.estimation.FoceiSettings;
import org.medtwin.pharma.pkpd.estimation.PopulationFit;
import org.medtwin.pharma.pkpd.estimation.PopulationProblem;
import org.medtwin.pharma.pkpd.library.LibraryException;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin pk fit}: population estimation (FOCE-I) of a library model from a dataset. */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = {"Fits a library population model to a NONMEM-style dataset by FOCE-I: typical"
        + " values, IIV variances and residual error with standard errors, the objective function"
        + " value, and diagnostics (PRED, IPRED, CWRES, shrinkage).",
        "Estimates are in the data's units (dose per kg in the data gives CL/F per kg)."})
public final class PkFitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "NONMEM-style"
      + " CSV (ID, TIME, AMT, DV, EVID, MDV, CMT, RATE, SS, II, covariates).")
  Path data;

  @Option(names = "--model", required = true, description = "Model name in the library, e.g."
      + " oral-1cpt.")
  String model;

  @Option(names = "--library", paramLabel = "FILE", description = "A model library JSON file"
      + " instead of the shipped one.")
  Path library;

  @Option(names = "--json", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
      description = "Print the result as JSON (to FILE when given, else to standard output"
          + " instead of the table).")
  String json;

  @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML page"
      + " with the estimates and diagnostic plots to this file.")
  Path html;

  @Option(names = "--max-evaluations", defaultValue = "20000", description = "Budget of objective"
      + " evaluations for the optimiser (default ${DEFAULT-VALUE}).")
  int maxEvaluations;

  @Override
  public Integer call() throws Exception {
    if (maxEvaluations < 10) {
      throw new CliException("--max-evaluations " + maxEvaluations + " must be at least 10.");
    }
    PopulationModel libraryModel = libraryModel();
    PrintWriter err = spec.commandLine().getErr();
    NonmemDataset dataset = read(libraryModel, err);
    PopulationProblem problem = PopulationProblem.of(libraryModel, dataset);
    problem.notes().forEach(note -> err.println("medtwin: " + note));
    err.flush();
    PopulationFit fit = new FoceiEstimator(new FoceiSettings(maxEvaluations, 0.5, 1e-6, true))
        .fit(problem.model(), problem.subjects());
    Map<String, Object> result = FitJson.of(libraryModel, dataset, problem, fit);
    PrintWriter out = spec.commandLine().getOut();
    if ("-".equals(json)) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(result));
    } else {
      FitSummary.print(out, libraryModel, dataset, fit);
      if (json != null) {
        JsonFile.write(Path.of(json), result);
      }
    }
    out.flush();
    fit.warnings().forEach(warning -> err.println("medtwin: warning: " + warning));
    err.flush();
    if (html != null) {
      FitReportPage.of(libraryModel, dataset, problem, fit).write(html);
    }
    return 0;
  }

  private PopulationModel libraryModel() {
    try {
      ModelLibrary models = library == null ? ModelLibrary.shipped() : ModelLibrary.load(library);
      return models.model(model);
    } catch (LibraryException e) {
      throw new CliException(e.getMessage());
    }
  }

  private NonmemDataset read(PopulationModel libraryModel, PrintWriter err) {
    NonmemDataset dataset;
    try {
      dataset = new NonmemCsvReader(
          DoseRouting.forModel(libraryModel.structure().firstOrderAbsorption())).read(data);
    } catch (DataFormatException e) {
      throw new CliException(e.getMessage());
    }
    for (DataIssue issue : dataset.issues()) {
      err.println("medtwin: skipped " + issue.describe());
    }
    if (!dataset.issues().isEmpty()) {
      err.println(String.format(Locale.ROOT, "medtwin: %d problem(s) in %d records; the other"
          + " records were used.", dataset.issues().size(), dataset.recordsRead()));
    }
    return dataset;
  }
}
