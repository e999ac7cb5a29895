package org.medtwin.twin.glucose.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.twin.glucose.model.UvaPadovaModel;
import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;

class PatientSimulationTest {

  private final VirtualPatientCatalog catalog = VirtualPatientCatalog.bundled();

  @Test
  void staysAtBasalGlucoseForADayWithoutMeals() {
    // G = Gp/Vg = Gb at x0 (vpatient_params.csv: adult#001 Gb = 138.56 mg/dL).
    VirtualPatient patient = catalog.patient("adult#001");
    Scenario fasting = new Scenario(1440, List.of(), new Basal.SteadyState(), true, List.of());
    Trajectory day = GlucoseSimulator.simulate(patient, fasting);
    for (double g : day.plasmaGlucoseEvery(5)) {
      assertThat(g).isCloseTo(138.56, within(1e-6));
    }
  }

  @Test
  void everyGramEatenAppearsInTheGutOutflow() {
    // Mass balance: Σ kabs·Qgut dt over the day = grams eaten ×1000 mg (f applies afterwards);
    // 52 g is eaten as 10 minutes of 5 g and one of 2 g.
    for (String name : List.of("adolescent#004", "adult#007", "child#009")) {
      PatientParameters p = catalog.patient(name).model();
      PatientSimulation sim = new PatientSimulation(p);
      double absorbed = 0;
      double previous = 0;
      for (int minute = 0; minute < 1440; minute++) {
        sim.step(minute == 60 ? 52 : 0, p.basalUnitsPerMinute());
        double outflow = p.kabs() * sim.state()[UvaPadovaModel.QGUT];
        absorbed += (previous + outflow) / 2; // trapezoid over one minute
        previous = outflow;
      }
      assertThat(absorbed).as(name).isCloseTo(52_000, within(52_000 * 0.002));
    }
  }

  @Test
  void aMealAnnouncedWhileEatingIsAddedToWhatIsLeft() {
    // 30 g at minute 0 and 30 g at minute 3 are eaten as 60 g in 12 minutes: the stomach holds
    // the same as after one 60 g meal (same inputs minute by minute, same D̄).
    PatientParameters p = catalog.patient("adult#003").model();
    PatientSimulation split = new PatientSimulation(p);
    PatientSimulation whole = new PatientSimulation(p);
    for (int minute = 0; minute < 30; minute++) {
      split.step(minute == 0 || minute == 3 ? 30 : 0, p.basalUnitsPerMinute());
      whole.step(minute == 0 ? 60 : 0, p.basalUnitsPerMinute());
    }
    assertThat(split.state()).containsExactly(whole.state(), within(1e-9));
  }

  @Test
  void carbRatioBolusBringsGlucoseBackAfterAMeal() {
    // A covered 50 g meal raises glucose, and the bolus brings it back below 200 mg/dL in 5 h.
    VirtualPatient patient = catalog.patient("adult#001");
    Scenario meal = new Scenario(600, List.of(new Meal(60, 50)), new Basal.SteadyState(), true,
        List.of());
    Trajectory course = GlucoseSimulator.simulate(patient, meal);
    assertThat(course.plasmaGlucoseAt(120)).isGreaterThan(150);
    assertThat(course.plasmaGlucoseAt(360)).isLessThan(200);
  }

  @Test
  void agreesWithAFineFixedStepRungeKuttaSolution() {
    // Independent integrator: classical RK4 at 1/50 min on the same right-hand side and the same
    // minute inputs; the adaptive Dormand–Prince result must agree to a hundredth of a mg/dL.
    VirtualPatient patient = catalog.patient("adolescent#006");
    PatientParameters p = patient.model();
    Scenario scenario = new Scenario(720, List.of(new Meal(60, 70), new Meal(400, 40)),
        new Basal.SteadyState(), true, List.of());
    Trajectory adaptive = GlucoseSimulator.simulate(patient, scenario);
    double[] insulin = scenario.insulinUnitsPerMinute(patient);
    double[] grams = scenario.announcedGrams();
    FixedStepReference reference = new FixedStepReference(p, 50);
    for (int minute = 0; minute < 720; minute++) {
      reference.step(grams[minute], insulin[minute]);
      if (minute % 10 == 9) {
        assertThat(adaptive.plasmaGlucoseAt(minute + 1)).as("minute " + (minute + 1))
            .isCloseTo(reference.plasmaGlucose(), within(0.01));
      }
    }
  }
}
