package org.medtwin.twin.glucose.report;

import java.util.List;
import org.medtwin.twin.glucose.calibrate.BolusAdvice;
import org.medtwin.twin.glucose.calibrate.Calibration;
import org.medtwin.twin.glucose.calibrate.CgmReading;
import org.medtwin.twin.glucose.sim.GlucoseSimulator;
import org.medtwin.twin.glucose.sim.Scenario;
import org.medtwin.twin.glucose.sim.Trajectory;

/**
 * What a calibration run shows: the CGM history, the calibrated twin's course over it, the bolus
 * advice and its forecast band.
 *
 * @param calibration the calibrated twin
 * @param cgm the readings it was calibrated on
 * @param fitted the history re-simulated with the posterior-median parameters
 * @param advice the bolus advice for the next meal
 */
public record CalibrationReport(Calibration calibration, List<CgmReading> cgm, Trajectory fitted,
    BolusAdvice advice) {

  /** Builds the report, re-simulating the history with the calibrated parameters. */
  public static CalibrationReport of(Calibration calibration, Scenario history,
      List<CgmReading> cgm, BolusAdvice advice) {
    Trajectory fitted = GlucoseSimulator.simulate(calibration.patient(),
        calibration.calibratedParameters(), history);
    return new CalibrationReport(calibration, List.copyOf(cgm), fitted, advice);
  }

  /** Root-mean-square difference between CGM readings and the fitted subcutaneous glucose. */
  public double fitRmseMgDl() {
    double[] sub = fitted.subcutaneousGlucose();
    double squares = 0;
    for (CgmReading r : cgm) {
      double d = r.mgDl() - sub[r.minute()];
      squares += d * d;
    }
    return Math.sqrt(squares / cgm.size());
  }
}
