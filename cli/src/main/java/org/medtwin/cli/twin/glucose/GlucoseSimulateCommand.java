package org.medtwin.cli.twin.glucose;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.twin.glucose.calibrate.CgmReading;
import org.medtwin.twin.glucose.calibrate.CgmSensor;
import org.medtwin.twin.glucose.metrics.GlycemicMetrics;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;
import org.medtwin.twin.glucose.report.SimulationReportHtml;
import org.medtwin.twin.glucose.sim.GlucoseSimulator;
import org.medtwin.twin.glucose.sim.Scenario;
import org.medtwin.twin.glucose.sim.ScenarioJson;
import org.medtwin.twin.glucose.sim.Trajectory;
import org.medtwin.twin.glucose.sim.TrajectoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin twin glucose simulate}: one virtual patient through a scenario of meals and insulin. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a virtual patient from its basal steady state through a scenario file and writes",
      "plasma glucose (minute,bg_mg_dl) every 5 minutes. Scenario JSON:",
      "  {\"duration_minutes\":1440, \"meals\":[{\"minute\":420,\"grams\":50}],",
      "   \"basal\":\"steady-state\", \"bolus\":\"carb-ratio\"}",
      "Meals are eaten at 5 g/min from the announced minute; carb-ratio boluses are grams/CR units",
      "within that minute; \"bolus\" may also list {\"minute\":…, \"units\":…}."
    })
public final class GlucoseSimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--patient", required = true, paramLabel = "ID",
      description = "Virtual patient, e.g. adult#001 (adolescent#001-010, adult#001-010, child#001-010).")
  String patient;

  @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario JSON.")
  Path scenario;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv",
      description = "Where to write minute,bg_mg_dl.")
  Path out;

  @Option(names = "--every", defaultValue = "5", paramLabel = "MINUTES",
      description = "Output interval in minutes (default ${DEFAULT-VALUE}).")
  int every;

  @Option(names = "--html", paramLabel = "FILE.html",
      description = "Also write a page with the glucose plot and the metrics.")
  Path html;

  @Option(names = "--cgm", paramLabel = "FILE.csv",
      description = "Also write a synthetic CGM trace (minute,cgm_mg_dl): subcutaneous glucose"
          + " every --cgm-every minutes plus seeded Gaussian error of --cgm-noise-sd mg/dL.")
  Path cgm;

  @Option(names = "--cgm-every", defaultValue = "5", paramLabel = "MINUTES",
      description = "CGM sampling interval (default ${DEFAULT-VALUE}).")
  int cgmEvery;

  @Option(names = "--cgm-noise-sd", defaultValue = "5", paramLabel = "MG_DL",
      description = "CGM error SD (default ${DEFAULT-VALUE}).")
  double cgmNoiseSd;

  @Option(names = "--seed", defaultValue = "1", description = "CGM noise seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--insulin-sensitivity-factor", defaultValue = "1", paramLabel = "FACTOR",
      description = "Scale the patient's Vmx (a 'real' patient unlike its virtual template).")
  double sensitivityFactor;

  @Option(names = "--absorption-factor", defaultValue = "1", paramLabel = "FACTOR",
      description = "Scale the patient's kabs.")
  double absorptionFactor;

  @Override
  public Integer call() throws IOException {
    for (double factor : new double[] {sensitivityFactor, absorptionFactor}) {
      if (!(factor >= 0.1 && factor <= 10)) {
        throw new CliException("Parameter factor " + factor + " must be within 0.1..10.");
      }
    }
    if (every < 1 || every > 1440) {
      throw new CliException("--every " + every + " must be between 1 and 1440 minutes.");
    }
    VirtualPatient virtualPatient = VirtualPatientCatalog.bundled().patient(patient);
    Scenario plan = ScenarioJson.read(scenario);
    Trajectory trajectory = GlucoseSimulator.simulate(virtualPatient, virtualPatient.model()
        .withInsulinSensitivityFactor(sensitivityFactor).withAbsorptionFactor(absorptionFactor),
        plan);
    CgmSensor sensor = cgm == null ? null : new CgmSensor(cgmEvery, cgmNoiseSd);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new CliException("Output folder " + parent + " does not exist.");
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      TrajectoryCsv.write(trajectory, every, writer);
    }
    if (html != null) {
      Files.writeString(html, SimulationReportHtml.render(trajectory, plan, every),
          StandardCharsets.UTF_8);
    }
    if (sensor != null) {
      try (Writer writer = Files.newBufferedWriter(cgm, StandardCharsets.UTF_8)) {
        writer.write("minute,cgm_mg_dl\n");
        for (CgmReading reading : sensor.read(trajectory, seed)) {
          writer.write(String.format(java.util.Locale.ROOT, "%d,%.1f%n", reading.minute(),
              reading.mgDl()));
        }
      }
    }
    print(virtualPatient.name(), plan,
        GlycemicMetrics.of(trajectory.plasmaGlucoseEvery(every)), spec.commandLine().getOut());
    return 0;
  }

  private void print(String name, Scenario plan, GlycemicMetrics m, PrintWriter printer) {
    printer.printf(java.util.Locale.ROOT,
        "simulate: %s, %d min, %d meals -> %s%n"
            + "  plasma glucose: mean %.1f mg/dL, CV %.1f %%, GMI %.2f %%%n"
            + "  time in range 70-180: %.1f %%, below 70: %.1f %%, below 54: %.1f %%, "
            + "above 180: %.1f %%, above 250: %.1f %%%n",
        name, plan.durationMinutes(), plan.meals().size(), out, m.meanMgDl(),
        m.coefficientOfVariationPercent(), m.glucoseManagementIndicatorPercent(),
        m.timeInRangePercent(), m.timeBelow70Percent(), m.timeBelow54Percent(),
        m.timeAbove180Percent(), m.timeAbove250Percent());
    printer.flush();
  }
}
