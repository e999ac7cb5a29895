package org.medtwin.bench.glucose;

import java.util.List;
import java.util.Locale;
import org.medtwin.twin.glucose.calibrate.Calibration;
import org.medtwin.twin.glucose.calibrate.CalibrationSettings;
import org.medtwin.twin.glucose.calibrate.CgmSensor;
import org.medtwin.twin.glucose.calibrate.CgmTrace;
import org.medtwin.twin.glucose.calibrate.ParticleFilterCalibrator;
import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;
import org.medtwin.twin.glucose.sim.GlucoseSimulator;
import org.medtwin.twin.glucose.sim.Scenario;

/**
 * Calibration recovery study (issue 7): for 4 patients × 4 known (insulin sensitivity,
 * absorption) factor pairs × 2 CGM noise seeds, simulates the perturbed patient's day of three
 * covered meals, samples a 5-minute CGM with N(0, 5 mg/dL) error, calibrates with the default
 * settings and prints the estimates, their 5–95 % intervals and the seconds each took.
 */
public final class GlucoseCalibrationBenchmark {

  private GlucoseCalibrationBenchmark() {}

  public static void main(String[] args) {
    VirtualPatientCatalog catalog = VirtualPatientCatalog.bundled();
    Scenario day = GlucoseTwinBenchmark.threeMealDay();
    double[][] truths = {{1.5, 0.6}, {0.7, 1.4}, {1.2, 1.2}, {0.6, 0.7}};
    int siWithin3 = 0, siCovered = 0, kabsWithin15 = 0, kabsCovered = 0, runs = 0;
    for (String name : List.of("adult#001", "adolescent#003", "child#005", "adult#008")) {
      VirtualPatient patient = catalog.patient(name);
      for (double[] truth : truths) {
        for (long seed = 1; seed <= 2; seed++) {
          PatientParameters real = patient.model().withInsulinSensitivityFactor(truth[0])
              .withAbsorptionFactor(truth[1]);
          CgmTrace cgm = new CgmTrace(new CgmSensor(5, 5)
              .read(GlucoseSimulator.simulate(patient, real, day), seed), List.of());
          long start = System.nanoTime();
          Calibration c = new ParticleFilterCalibrator(CalibrationSettings.defaults(seed + 10))
              .calibrate(patient, day, cgm);
          double seconds = (System.nanoTime() - start) / 1e9;
          runs++;
          siWithin3 += Math.abs(c.insulinSensitivity().median() / truth[0] - 1) <= 0.0305 ? 1 : 0;
          siCovered += c.insulinSensitivity().p5() <= truth[0]
              && truth[0] <= c.insulinSensitivity().p95() ? 1 : 0;
          kabsWithin15 += Math.abs(c.absorption().median() / truth[1] - 1) <= 0.15 ? 1 : 0;
          kabsCovered += c.absorption().p5() <= truth[1] && truth[1] <= c.absorption().p95() ? 1 : 0;
          System.out.printf(Locale.ROOT, "%-15s truth SI %.2f kabs %.2f seed %d: SI %.3f [%.3f,"
              + " %.3f]  kabs %.3f [%.3f, %.3f]  %.1f s%n", name, truth[0], truth[1], seed,
              c.insulinSensitivity().median(), c.insulinSensitivity().p5(),
              c.insulinSensitivity().p95(), c.absorption().median(), c.absorption().p5(),
              c.absorption().p95(), seconds);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d runs: SI median within 3%% in %d, SI truth in 5-95%% in %d;"
        + " kabs median within 15%% in %d, kabs truth in 5-95%% in %d%n", runs, siWithin3,
        siCovered, kabsWithin15, kabsCovered);
  }
}
