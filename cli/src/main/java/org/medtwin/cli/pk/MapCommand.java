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
import org.medtwin.pharma.pkpd.bayes.PredictiveBand;
import org.medtwin.pharma.pkpd.data.Measurement;
import org.medtwin.pharma.pkpd.data.SubjectData;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin pk map}: a patient's parameters from measured levels (Bayesian MAP). */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = "Estimates one patient's PK parameters from measured levels and doses (maximum a"
        + " posteriori under the population model), with Laplace and sampled uncertainty and a"
        + " posterior predictive band.")
public final class MapCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ModelOptions options;

  @Option(names = "--data", required = true, description = "NONMEM-style CSV (ID, TIME, AMT, DV,"
      + " EVID, MDV, CMT, RATE, SS, II, BLQ/LLOQ, covariates).")
  Path data;

  @Option(names = "--id", required = true, description = "The subject's ID in the file.")
  String id;

  @Option(names = "--draws", defaultValue = "1000", description = "Posterior draws (default"
      + " ${DEFAULT-VALUE}).")
  int draws;

  @Override
  public Integer call() {
    PopulationModel model = options.entry().pk();
    if (draws < 10 || draws > 100_000) {
      throw new CliException("--draws " + draws + " must be between 10 and 100000.");
    }
    SubjectData subject = SubjectLoader.load(data, id, model, spec.commandLine().getErr());
    if (subject.measurements().isEmpty()) {
      throw new CliException("Subject " + id + " has no measured levels (rows with EVID 0 and MDV"
          + " 0); nothing to estimate from.");
    }
    PatientCovariates covariates =
        new PatientCovariates(subject.covariates()).withDefaults(options.covariateValues());
    MapEstimator estimator = new MapEstimator(model);
    MapEstimate map = estimator.estimate(covariates, subject.doses(), subject.measurements());
    PosteriorSample sample = new PosteriorSampler(estimator).sample(map, covariates,
        subject.doses(), subject.measurements(), 10 * draws, draws, options.seed);
    double[] times = times(subject);
    PredictiveBand band = PredictiveBand.of(model, covariates, subject.doses(), map, sample, times,
        options.seed);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s, subject %s: %d levels, %d doses%n", model.name(), id,
        subject.measurements().size(), subject.doses().size());
    out.printf(Locale.ROOT, "MAP: CL %.4g, V1 %.4g%s%n", map.parameters().cl(),
        map.parameters().v1(), model.structure().compartments() > 1 ? String.format(Locale.ROOT,
            ", Q %.4g, V2 %.4g", map.parameters().q2(), map.parameters().v2()) : "");
    Map<String, Object> etas = new LinkedHashMap<>();
    for (int i = 0; i < map.etaNames().size(); i++) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("mode", map.randomEffects()[i]);
      e.put("laplaceSd", map.standardDeviation(i));
      e.put("posteriorMean", sample.mean(i));
      e.put("posteriorSd", sample.sd(i));
      etas.put(map.etaNames().get(i), e);
      out.printf(Locale.ROOT, "  eta(%s) %.3f (Laplace sd %.3f, sampled sd %.3f)%n",
          map.etaNames().get(i), map.randomEffects()[i], map.standardDeviation(i), sample.sd(i));
    }
    List<Map<String, Object>> fits = new ArrayList<>();
    for (int i = 0; i < subject.measurements().size(); i++) {
      Measurement m = subject.measurements().get(i);
      Map<String, Object> fit = new LinkedHashMap<>();
      fit.put("time", m.time());
      fit.put("observed", m.belowLoq() ? null : m.value());
      fit.put("belowLoq", m.belowLoq());
      fit.put("lloq", Double.isNaN(m.lloq()) ? null : m.lloq());
      fit.put("individualPrediction", map.individualPredictions()[i]);
      fits.add(fit);
      out.printf(Locale.ROOT, "  t %.2f: observed %s, predicted %.3g%n", m.time(),
          m.belowLoq() ? "<" + m.lloq() : String.format(Locale.ROOT, "%.3g", m.value()),
          map.individualPredictions()[i]);
    }
    out.printf(Locale.ROOT, "Posterior: %d draws (effective sample size %.0f of %d proposals,"
        + " seed %d)%n", draws, sample.effectiveSampleSize(), 10 * draws, options.seed);
    out.flush();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("model", model.name());
    result.put("citation", model.citation());
    result.put("subject", id);
    result.put("parameters", map.parameters());
    result.put("etas", etas);
    result.put("objective", map.objective());
    result.put("fits", fits);
    result.put("effectiveSampleSize", sample.effectiveSampleSize());
    result.put("band", band);
    if (options.json != null) {
      JsonFile.write(options.json, result);
    }
    if (options.html != null) {
      page(model, subject, band).write(options.html);
    }
    return 0;
  }

  private static double[] times(SubjectData subject) {
    double start = Math.min(0, subject.doses().doses().isEmpty() ? 0
        : subject.doses().doses().get(0).time());
    double end = Math.max(subject.doses().lastDoseTime() + 24,
        subject.measurements().get(subject.measurements().size() - 1).time() + 12);
    int n = 600;
    double[] t = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      t[i] = start + (end - start) * i / n;
    }
    return t;
  }

  private HtmlPage page(PopulationModel model, SubjectData subject, PredictiveBand band) {
    String c = model.units().concentration();
    HtmlPage page = new HtmlPage("Bayesian estimate: " + model.drug() + ", subject " + id);
    page.paragraph("Model " + model.name() + ". " + model.citation());
    SvgChart chart = new SvgChart("time (" + model.units().time() + ")",
        "concentration (" + c + ")");
    chart.band("90% prediction band (new level)", band.times(), band.measurementP5(),
        band.measurementP95(), "#aab7b8");
    chart.band("90% credible band", band.times(), band.p5(), band.p95(), "#2e86c1");
    chart.line("MAP prediction", band.times(), band.mode(), "#1b4f72");
    List<Measurement> quantified = subject.measurements().stream().filter(m -> !m.belowLoq())
        .toList();
    List<Measurement> blq = subject.measurements().stream().filter(Measurement::belowLoq).toList();
    chart.points("measured", quantified.stream().mapToDouble(Measurement::time).toArray(),
        quantified.stream().mapToDouble(Measurement::value).toArray(), "#c0392b", false);
    if (!blq.isEmpty()) {
      chart.points("below LLOQ (at LLOQ)", blq.stream().mapToDouble(Measurement::time).toArray(),
          blq.stream().mapToDouble(Measurement::lloq).toArray(), "#c0392b", true);
    }
    page.chart(chart);
    return page;
  }
}
