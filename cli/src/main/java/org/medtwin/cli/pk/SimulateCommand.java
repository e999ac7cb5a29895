package org.medtwin.cli.pk;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.simulation.ExposureMetrics;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;
import org.medtwin.pharma.pkpd.simulation.PopulationSimulator;
import org.medtwin.pharma.pkpd.simulation.SteadyStateExposure;
import org.medtwin.pharma.pkpd.simulation.VirtualPatient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin pk simulate}: one patient or a virtual population under a regimen. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulates a regimen for the typical patient with the given covariates and,"
        + " with --population, for virtual patients: profiles, AUC24, Cmax, trough, time above a"
        + " threshold, steady state, probability of target attainment.")
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ModelOptions options;

  @Option(names = "--dose", required = true, description = "Amount per dose (model units, mg).")
  double dose;

  @Option(names = "--interval", required = true, description = "Dosing interval (h).")
  double interval;

  @Option(names = "--infusion", description = "Infusion duration (h); without it IV doses are"
      + " boluses.")
  Double infusion;

  @Option(names = "--doses", defaultValue = "14", description = "Number of doses (default"
      + " ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--population", defaultValue = "0", description = "Number of virtual patients"
      + " (default ${DEFAULT-VALUE}: the typical patient only).")
  int population;

  @Option(names = "--target", description = "Target for attainment, e.g. auc24:400-600 or"
      + " trough:10-15.")
  String target;

  @Option(names = "--threshold", description = "Concentration for time above threshold.")
  Double threshold;

  @Override
  public Integer call() {
    ModelLibrary.LibraryEntry entry = options.entry();
    PopulationModel model = entry.pk();
    if (count < 1 || count > 10_000) {
      throw new CliException("--doses " + count + " must be between 1 and 10000.");
    }
    if (population < 0 || population > 1_000_000) {
      throw new CliException("--population " + population + " must be between 0 and 1000000.");
    }
    Regimen regimen = regimen(model);
    Map<String, Double> covariates = options.covariateValues();
    PkParameters typical = model.typical(PatientCovariates.constant(covariates).at(0));
    DosingHistory history = regimen.history(count);
    double end = count * interval;
    double[] times = grid(end);
    double limit = threshold == null ? Double.NaN : threshold;
    PopulationSimulator simulator = new PopulationSimulator(model);
    VirtualPatient one = new VirtualPatient(0, covariates, new double[model.iiv().size()], typical);
    PopulationSimulator.Result typicalRun =
        simulator.simulate(List.of(one), history, times, end - interval, end, limit);
    ExposureMetrics last = typicalRun.metrics()[0];
    SteadyStateExposure ss = new SteadyStateExposure(model.structure(), typical);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("model", model.name());
    result.put("citation", model.citation());
    result.put("regimen", regimen.describe(model.units().amount(), model.units().time()));
    result.put("covariates", covariates);
    result.put("typicalParameters", typical);
    result.put("lastInterval", last);
    result.put("steadyState", Map.of("auc24", ss.auc24(regimen), "trough", ss.trough(regimen),
        "peak", ss.peak(regimen)));
    PrintWriter out = spec.commandLine().getOut();
    String c = model.units().concentration();
    out.printf(Locale.ROOT, "%s, %s%n", model.name(), result.get("regimen"));
    out.printf(Locale.ROOT, "Typical patient: CL %.3g, V1 %.3g%n", typical.cl(), typical.v1());
    out.printf(Locale.ROOT, "Last interval (%.4g-%.4g h): AUC24 %.1f, Cmax %.2f %s at %.2f h,"
        + " trough %.2f %s%s%n", last.start(), last.end(), last.auc24(), last.cmax(), c,
        last.tmax(), last.ctrough(), c, threshold == null ? ""
            : String.format(Locale.ROOT, ", %.2f h above %.3g", last.timeAbove(), threshold));
    out.printf(Locale.ROOT, "Steady state: AUC24 %.1f, peak %.2f, trough %.2f %s%n",
        ss.auc24(regimen), ss.peak(regimen), ss.trough(regimen), c);
    PopulationSimulator.Result populationRun = null;
    if (population > 0) {
      List<VirtualPatient> patients = simulator.sample(List.of(covariates), population,
          options.seed);
      populationRun = simulator.simulate(patients, history, times, end - interval, end, limit);
      Map<String, Object> pop = new LinkedHashMap<>();
      pop.put("patients", population);
      pop.put("seed", options.seed);
      pop.put("p5", populationRun.percentile(5));
      pop.put("p50", populationRun.percentile(50));
      pop.put("p95", populationRun.percentile(95));
      if (target != null) {
        ExposureTarget t = ExposureTarget.parse(target);
        double pta = populationRun.targetAttainment(t);
        pop.put("target", t.describe());
        pop.put("probabilityOfTargetAttainment", pta);
        out.printf(Locale.ROOT, "%d virtual patients (seed %d): P(%s) over the last interval ="
            + " %.1f%%%n", population, options.seed, t.describe(), 100 * pta);
      } else {
        out.printf(Locale.ROOT, "%d virtual patients (seed %d) simulated.%n", population,
            options.seed);
      }
      result.put("population", pop);
    }
    result.put("times", times);
    result.put("typicalProfile", typicalRun.concentrations()[0]);
    out.flush();
    if (options.json != null) {
      JsonFile.write(options.json, result);
    }
    if (options.html != null) {
      html(model, regimen, times, typicalRun, populationRun, last).write(options.html);
    }
    return 0;
  }

  private Regimen regimen(PopulationModel model) {
    if (model.structure().firstOrderAbsorption()) {
      if (infusion != null) {
        throw new CliException("Model " + model.name() + " is oral; --infusion does not apply.");
      }
      return Regimen.oral(dose, interval);
    }
    return infusion == null ? Regimen.bolus(dose, interval)
        : Regimen.infusion(dose, interval, infusion);
  }

  static double[] grid(double end) {
    int n = (int) Math.min(2000, Math.ceil(end / 0.1));
    double[] times = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      times[i] = end * i / n;
    }
    return times;
  }

  private HtmlPage html(PopulationModel model, Regimen regimen, double[] times,
      PopulationSimulator.Result typical, PopulationSimulator.Result population,
      ExposureMetrics last) {
    String c = model.units().concentration();
    HtmlPage page = new HtmlPage("Simulation: " + model.drug() + ", "
        + regimen.describe(model.units().amount(), model.units().time()));
    page.paragraph("Model " + model.name() + ". " + model.citation());
    SvgChart chart = new SvgChart("time (" + model.units().time() + ")",
        "concentration (" + c + ")");
    if (population != null) {
      chart.band("5th-95th percentile", times, population.percentile(5), population.percentile(95),
          "#2e86c1");
      chart.dashed("population median", times, population.percentile(50), "#2e86c1");
    }
    chart.line("typical patient", times, typical.concentrations()[0], "#1b4f72");
    if (threshold != null) {
      chart.guide(threshold);
    }
    page.chart(chart);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("AUC24", String.format(Locale.ROOT, "%.1f", last.auc24())));
    rows.add(List.of("Cmax (" + c + ")", String.format(Locale.ROOT, "%.2f", last.cmax())));
    rows.add(List.of("Ctrough (" + c + ")", String.format(Locale.ROOT, "%.2f", last.ctrough())));
    page.heading("Typical patient, last interval").table(List.of("metric", "value"), rows);
    return page;
  }
}
