package org.medtwin.cli.pk;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.pharma.pkpd.bayes.MapEstimate;
import org.medtwin.pharma.pkpd.bayes.MapEstimator;
import org.medtwin.pharma.pkpd.bayes.PosteriorSample;
import org.medtwin.pharma.pkpd.bayes.PosteriorSampler;
import org.medtwin.pharma.pkpd.data.SubjectData;
import org.medtwin.pharma.pkpd.dosefinding.DoseOptimizer;
import org.medtwin.pharma.pkpd.dosefinding.DosingRecommendation;
import org.medtwin.pharma.pkpd.dosefinding.ParameterDraws;
import org.medtwin.pharma.pkpd.dosefinding.RegimenGrid;
import org.medtwin.pharma.pkpd.dosefinding.RegimenOption;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;
import org.medtwin.pharma.pkpd.simulation.SteadyStateExposure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin pk dose}: the regimen most likely to hit a target. */
@Command(name = "dose", mixinStandardHelpOptions = true,
    description = "Finds the regimen (dose, interval, infusion duration) from a grid of thousands"
        + " with the highest probability of meeting the target at steady state: over the"
        + " patient's posterior with --data/--id, over the population for the covariates without.")
public final class DoseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ModelOptions options;

  @Option(names = "--target", required = true, description = "Target, repeatable: auc24:400-600,"
      + " trough:10-15, peak:20-40.")
  List<String> targets;

  @Option(names = "--data", description = "NONMEM-style CSV with the patient's doses and levels.")
  Path data;

  @Option(names = "--id", description = "The subject's ID in --data.")
  String id;

  @Option(names = "--dose-step", defaultValue = "50", description = "Dose grid step (default"
      + " ${DEFAULT-VALUE}).")
  double doseStep;

  @Option(names = "--max-dose", defaultValue = "4000", description = "Largest single dose"
      + " (default ${DEFAULT-VALUE}).")
  double maxDose;

  @Option(names = "--max-rate", defaultValue = "1000", description = "Largest infusion rate,"
      + " amount per hour (default ${DEFAULT-VALUE}).")
  double maxRate;

  @Option(names = "--draws", defaultValue = "1000", description = "Posterior or population draws"
      + " (default ${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--runners-up", defaultValue = "5", description = "How many runner-up options"
      + " to show (default ${DEFAULT-VALUE}).")
  int runnersUp;

  @Override
  public Integer call() {
    PopulationModel model = options.entry().pk();
    if ((data == null) != (id == null)) {
      throw new CliException("--data and --id go together: give both for a patient's levels, or"
          + " neither for dosing from covariates alone.");
    }
    if (draws < 10 || draws > 100_000) {
      throw new CliException("--draws " + draws + " must be between 10 and 100000.");
    }
    List<ExposureTarget> parsed = new ArrayList<>();
    for (String t : targets) {
      parsed.add(ExposureTarget.parse(t));
    }
    Regimen.Route route = model.structure().firstOrderAbsorption() ? Regimen.Route.ORAL
        : Regimen.Route.INFUSION;
    List<Regimen> candidates = RegimenGrid.standard(route, doseStep, maxDose, maxRate).regimens();
    if (candidates.isEmpty()) {
      throw new CliException("The regimen grid is empty. Maybe --max-rate is below --dose-step per"
          + " hour?");
    }
    List<PkParameters> parameterDraws;
    String basis;
    if (data != null) {
      SubjectData subject = SubjectLoader.load(data, id, model, spec.commandLine().getErr());
      PatientCovariates covariates =
          new PatientCovariates(subject.covariates()).withDefaults(options.covariateValues());
      MapEstimator estimator = new MapEstimator(model);
      MapEstimate map = estimator.estimate(covariates, subject.doses(), subject.measurements());
      PosteriorSample sample = new PosteriorSampler(estimator).sample(map, covariates,
          subject.doses(), subject.measurements(), 10 * draws, draws, options.seed);
      double latest = Math.max(subject.doses().lastDoseTime(), subject.measurements().isEmpty()
          ? 0 : subject.measurements().get(subject.measurements().size() - 1).time());
      parameterDraws = ParameterDraws.fromPosterior(model, covariates.at(latest), sample);
      basis = "posterior of subject " + id + " (" + subject.measurements().size() + " levels)";
    } else {
      PatientCovariates covariates = PatientCovariates.constant(options.covariateValues());
      parameterDraws = ParameterDraws.fromPopulation(model, covariates.at(0), draws, options.seed);
      basis = "population distribution for the given covariates (no levels)";
    }
    DoseOptimizer optimizer = new DoseOptimizer(model.structure(), parsed,
        model.units().amount(), model.units().time());
    DosingRecommendation rec = optimizer.recommend(candidates, parameterDraws, runnersUp);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d candidate regimens, %d draws from the %s (seed %d)%n",
        model.name(), rec.candidates(), rec.draws(), basis, options.seed);
    out.println(rec.reason());
    out.printf(Locale.ROOT, "%-32s %8s %10s %10s%n", "regimen", "P(target)", "AUC24", "trough");
    List<RegimenOption> shown = new ArrayList<>();
    shown.add(rec.best());
    shown.addAll(rec.runnersUp());
    for (RegimenOption o : shown) {
      out.printf(Locale.ROOT, "%-32s %8.1f%% %10.0f %10.2f%n",
          o.regimen().describe(model.units().amount(), model.units().time()),
          100 * o.probability(), o.medianAuc24(), o.medianTrough());
    }
    out.flush();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("model", model.name());
    result.put("citation", model.citation());
    result.put("basis", basis);
    result.put("seed", options.seed);
    result.put("recommendation", rec);
    if (options.json != null) {
      JsonFile.write(options.json, result);
    }
    if (options.html != null) {
      page(model, rec, parameterDraws, shown).write(options.html);
    }
    return 0;
  }

  private static HtmlPage page(PopulationModel model, DosingRecommendation rec,
      List<PkParameters> draws, List<RegimenOption> shown) {
    String a = model.units().amount();
    String h = model.units().time();
    HtmlPage page = new HtmlPage("Dose recommendation: " + model.drug());
    page.paragraph(rec.reason());
    page.paragraph("Model " + model.name() + ". " + model.citation());
    Regimen best = rec.best().regimen();
    int n = 200;
    double[] t = new double[n + 1];
    double[][] c = new double[n + 1][draws.size()];
    for (int i = 0; i <= n; i++) {
      t[i] = 2 * best.interval() * i / n;
    }
    for (int d = 0; d < draws.size(); d++) {
      SteadyStateExposure ss = new SteadyStateExposure(model.structure(), draws.get(d));
      for (int i = 0; i <= n; i++) {
        c[i][d] = ss.at(best, t[i] % best.interval());
      }
    }
    double[] p5 = new double[n + 1];
    double[] p50 = new double[n + 1];
    double[] p95 = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      double[] v = c[i].clone();
      java.util.Arrays.sort(v);
      p5[i] = v[(int) (0.05 * (v.length - 1))];
      p50[i] = v[(int) (0.5 * (v.length - 1))];
      p95[i] = v[(int) (0.95 * (v.length - 1))];
    }
    SvgChart chart = new SvgChart("time in steady state (" + h + ")",
        "concentration (" + model.units().concentration() + ")");
    chart.band("90% band", t, p5, p95, "#2e86c1").line("median, " + best.describe(a, h), t, p50,
        "#1b4f72");
    for (ExposureTarget target : rec.targets()) {
      if (target.metric() != ExposureTarget.Metric.AUC24) {
        chart.guide(target.low());
        if (Double.isFinite(target.high())) {
          chart.guide(target.high());
        }
      }
    }
    page.heading("Recommended regimen at steady state").chart(chart);
    List<List<String>> rows = new ArrayList<>();
    for (RegimenOption o : shown) {
      rows.add(List.of(o.regimen().describe(a, h),
          String.format(Locale.ROOT, "%.1f%%", 100 * o.probability()),
          String.format(Locale.ROOT, "%.0f", o.medianAuc24()),
          String.format(Locale.ROOT, "%.2f", o.medianTrough())));
    }
    page.heading("Best and runner-up regimens").table(
        List.of("regimen", "P(target)", "median AUC24", "median trough"), rows);
    return page;
  }
}
