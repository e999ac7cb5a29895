package org.medtwin.cli.twin.glucose;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.twin.glucose.calibrate.BolusAdvice;
import org.medtwin.twin.glucose.calibrate.BolusAdvisor;
import org.medtwin.twin.glucose.calibrate.Calibration;
import org.medtwin.twin.glucose.calibrate.CalibrationSettings;
import org.medtwin.twin.glucose.calibrate.CgmTrace;
import org.medtwin.twin.glucose.calibrate.ParticleFilterCalibrator;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;
import org.medtwin.twin.glucose.report.CalibrationReport;
import org.medtwin.twin.glucose.report.CalibrationReportHtml;
import org.medtwin.twin.glucose.report.CalibrationReportJson;
import org.medtwin.twin.glucose.sim.Scenario;
import org.medtwin.twin.glucose.sim.ScenarioJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin twin glucose calibrate}: fits the twin to CGM, then advises a meal bolus. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Calibrates a virtual patient's twin to CGM readings (particle filter over insulin",
      "sensitivity and carbohydrate absorption), then advises the bolus for a meal eaten at the",
      "end of the history and forecasts plasma glucose with a 5-95 % band.",
      "--history is a scenario file (meals and insulin the patient had; its duration is 'now');",
      "--cgm is a CSV 'minute,cgm_mg_dl' in minutes from the history's start."
    })
public final class GlucoseCalibrateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--patient", required = true, paramLabel = "ID",
      description = "Virtual patient the twin starts from, e.g. adult#001.")
  String patient;

  @Option(names = "--history", required = true, paramLabel = "FILE",
      description = "Scenario JSON of the meals and insulin during the CGM history.")
  Path history;

  @Option(names = "--cgm", required = true, paramLabel = "FILE.csv",
      description = "CGM readings: minute,cgm_mg_dl.")
  Path cgm;

  @Option(names = "--meal-grams", defaultValue = "60", paramLabel = "GRAMS",
      description = "Carbohydrate of the next meal, eaten now (default ${DEFAULT-VALUE}).")
  double mealGrams;

  @Option(names = "--horizon", defaultValue = "360", paramLabel = "MINUTES",
      description = "Forecast horizon (default ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--particles", defaultValue = "400", description = "Particles (default ${DEFAULT-VALUE}).")
  int particles;

  @Option(names = "--cgm-sd", defaultValue = "10", paramLabel = "MG_DL",
      description = "Assumed CGM error SD, mg/dL (default ${DEFAULT-VALUE}).")
  double cgmSd;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--html", paramLabel = "FILE.html", description = "Write the report page here.")
  Path html;

  @Option(names = "--json", paramLabel = "FILE.json", description = "Write the report JSON here.")
  Path json;

  @Override
  public Integer call() throws IOException {
    VirtualPatient virtualPatient = VirtualPatientCatalog.bundled().patient(patient);
    Scenario past = ScenarioJson.read(history);
    CgmTrace trace = CgmTrace.read(cgm);
    PrintWriter err = spec.commandLine().getErr();
    trace.problems().stream().limit(10).forEach(p -> err.println("medtwin: skipped " + p));
    if (trace.problems().size() > 10) {
      err.println("medtwin: ... and " + (trace.problems().size() - 10) + " more skipped rows");
    }
    CalibrationSettings settings = new CalibrationSettings(particles, seed, cgmSd,
        0.4, 2.5, 0.98);
    Calibration calibration = new ParticleFilterCalibrator(settings)
        .calibrate(virtualPatient, past, trace);
    BolusAdvice advice = BolusAdvisor.advise(calibration, mealGrams, horizon);
    CalibrationReport report = CalibrationReport.of(calibration, past, trace.readings(), advice);
    if (html != null) {
      writeTo(html, w -> w.write(CalibrationReportHtml.render(report)));
    }
    if (json != null) {
      writeTo(json, w -> CalibrationReportJson.write(report, w));
    }
    print(report, spec.commandLine().getOut());
    return 0;
  }

  private interface Content {
    void write(Writer writer) throws IOException;
  }

  private static void writeTo(Path file, Content content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new CliException("Output folder " + parent + " does not exist.");
    }
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      content.write(writer);
    }
  }

  private void print(CalibrationReport report, PrintWriter out) {
    Calibration c = report.calibration();
    BolusAdvice a = report.advice();
    out.printf(Locale.ROOT, "calibrate: %s, %d CGM readings over %d min, fit RMSE %.1f mg/dL%n"
            + "  insulin sensitivity factor %.3f (5-95 %%: %.3f-%.3f)%n"
            + "  carbohydrate absorption factor %.3f (5-95 %%: %.3f-%.3f)%n"
            + "  bolus for %.0f g now: %.2f U (standard calculator %.2f U)%s%n"
            + "  forecast %d min: median peak %.0f mg/dL, 5th percentile of the low %.0f mg/dL%n",
        c.patient().name(), c.readingsUsed(), c.minute(), report.fitRmseMgDl(),
        c.insulinSensitivity().median(), c.insulinSensitivity().p5(), c.insulinSensitivity().p95(),
        c.absorption().median(), c.absorption().p5(), c.absorption().p95(),
        a.mealGrams(), a.advisedUnits(), a.calculatorUnits(),
        a.limitedByHypoglycaemia() ? ", lowered to keep the low tail >= 70 mg/dL" : "",
        a.forecast().horizonMinutes(),
        java.util.Arrays.stream(a.forecast().median()).max().orElseThrow(),
        a.forecast().p5OfMinimum());
    out.flush();
  }
}
