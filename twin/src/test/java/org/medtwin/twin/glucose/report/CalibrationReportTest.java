package org.medtwin.twin.glucose.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.twin.glucose.calibrate.BolusAdvice;
import org.medtwin.twin.glucose.calibrate.BolusAdvisor;
import org.medtwin.twin.glucose.calibrate.Calibration;
import org.medtwin.twin.glucose.calibrate.CalibrationSettings;
import org.medtwin.twin.glucose.calibrate.CgmSensor;
import org.medtwin.twin.glucose.calibrate.CgmTrace;
import org.medtwin.twin.glucose.calibrate.ParticleFilterCalibrator;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;
import org.medtwin.twin.glucose.sim.Basal;
import org.medtwin.twin.glucose.sim.GlucoseSimulator;
import org.medtwin.twin.glucose.sim.Meal;
import org.medtwin.twin.glucose.sim.Scenario;

class CalibrationReportTest {

  private static CalibrationReport report() {
    VirtualPatient patient = VirtualPatientCatalog.bundled().patient("adult#004");
    Scenario history = new Scenario(480, List.of(new Meal(60, 60)), new Basal.SteadyState(),
        true, List.of());
    CgmTrace cgm = new CgmTrace(new CgmSensor(5, 5)
        .read(GlucoseSimulator.simulate(patient, history), 3), List.of());
    Calibration calibration = new ParticleFilterCalibrator(
        new CalibrationSettings(40, 3, 10, 0.4, 2.5, 0.98)).calibrate(patient, history, cgm);
    BolusAdvice advice = BolusAdvisor.advise(calibration, 40, 120);
    return CalibrationReport.of(calibration, history, cgm.readings(), advice);
  }

  @Test
  void pageIsSelfContainedWithTheBandTheTwinAndEveryReading() {
    CalibrationReport report = report();
    String html = CalibrationReportHtml.render(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("<polygon")
        .contains("adult#004").doesNotContain("<script").doesNotContain("src=");
    // 480 minutes at one reading every 5 minutes: 97 CGM dots.
    assertThat(html.split("<circle", -1)).hasSize(97 + 1);
  }

  @Test
  void twinSimulatedWithoutPerturbationFitsItsOwnCgmToTheNoiseLevel() {
    // The CGM came from the unperturbed patient with N(0, 5) error: the calibrated twin's fit
    // RMSE should be about the noise SD (5 mg/dL), not more than twice it.
    assertThat(report().fitRmseMgDl()).isBetween(3.0, 10.0);
  }

  @Test
  void jsonCarriesTheAdviceAndTheBand() throws Exception {
    StringWriter out = new StringWriter();
    CalibrationReportJson.write(report(), out);
    assertThat(out.toString()).contains("\"advised_units\"").contains("\"p95_mg_dl\"")
        .contains("\"insulin_sensitivity_factor\"");
  }

  @Test
  void escapesMarkupInNames() {
    assertThat(CalibrationReportHtml.escape("<b>&\"")).isEqualTo("&lt;b&gt;&amp;&quot;");
  }
}
