package org.medtwin.twin.glucose.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;
import org.medtwin.twin.glucose.sim.Basal;
import org.medtwin.twin.glucose.sim.Bolus;
import org.medtwin.twin.glucose.sim.GlucoseSimulator;
import org.medtwin.twin.glucose.sim.Meal;
import org.medtwin.twin.glucose.sim.Scenario;
import org.medtwin.twin.glucose.sim.Trajectory;

class BolusAdvisorTest {

  private static final VirtualPatient ADULT = VirtualPatientCatalog.bundled().patient("adult#001");
  private static Calibration sensitive;
  private static Calibration resistant;

  @BeforeAll
  static void calibrateTwoTwins() {
    CalibrationSettings settings = new CalibrationSettings(200, 21, 10, 0.4, 2.5, 0.98);
    sensitive = new ParticleFilterCalibrator(settings).calibrate(ADULT,
        ParticleFilterCalibratorTest.DAY,
        ParticleFilterCalibratorTest.noisyCgmOfPerturbedPatient(ADULT, 1.5, 1.0, 4));
    resistant = new ParticleFilterCalibrator(settings).calibrate(ADULT,
        ParticleFilterCalibratorTest.DAY,
        ParticleFilterCalibratorTest.noisyCgmOfPerturbedPatient(ADULT, 0.7, 1.0, 4));
  }

  @Test
  void riskIsZeroAtItsCentreAndAboutAHundredAtTheEndsOfTheScale() {
    // Kovatchev 1997: the transformed scale is centred at 112.5 mg/dL and reaches ±√10 at 20 and
    // 600 mg/dL, so risk = 10·f² ≈ 100 there (hand calculation: f(600) = 3.161, f(20) = −3.163).
    assertThat(BolusAdvisor.risk(112.5)).isCloseTo(0, within(0.01));
    assertThat(BolusAdvisor.risk(600)).isCloseTo(100, within(0.5));
    assertThat(BolusAdvisor.risk(20)).isCloseTo(100, within(0.5));
  }

  @Test
  void aMoreInsulinSensitiveTwinGetsASmallerBolus() {
    BolusAdvice forSensitive = BolusAdvisor.advise(sensitive, 60, 360);
    BolusAdvice forResistant = BolusAdvisor.advise(resistant, 60, 360);
    assertThat(forSensitive.advisedUnits()).isLessThan(forResistant.advisedUnits());
    // The standard calculator knows only Quest.csv: adult#001 CR 10 g/U, CF 8.77 mg/dL/U, so
    // 60 g → 6 U plus (last CGM − 120)/CF.
    double cf = ADULT.therapy().correctionFactor();
    assertThat(ADULT.therapy().carbRatio()).isEqualTo(10);
    assertThat(forResistant.calculatorUnits()).isCloseTo(
        Math.max(0, 6 + (resistant.lastCgmMgDl() - 120) / cf), within(1e-9));
  }

  @Test
  void advisedBolusKeepsTheLowTailAboveSeventy() {
    BolusAdvice advice = BolusAdvisor.advise(sensitive, 80, 360);
    assertThat(advice.advisedUnits()).isPositive();
    assertThat(advice.forecast().p5OfMinimum()).isGreaterThanOrEqualTo(70);
    assertThat(advice.advisedUnits() * 100 % 5).isCloseTo(0, within(1e-6));
  }

  @Test
  void forecastBandHoldsTheRealPatientsNextSixHours() {
    // The "real patient" behind the resistant twin (Vmx ×0.7) eats 60 g with a 6 U bolus after
    // the calibration day; its plasma glucose must lie within the twin's 5–95 % band (with the
    // band's 5-minute spacing, allow 3 mg/dL) at nearly every point.
    PatientParameters truth = ADULT.model().withInsulinSensitivityFactor(0.7);
    Scenario day = ParticleFilterCalibratorTest.DAY;
    List<Meal> meals = new ArrayList<>(day.meals());
    meals.add(new Meal(1440, 60));
    Scenario dayAndMeal = new Scenario(1440 + 360, meals, new Basal.SteadyState(), true,
        List.of());
    Scenario plan = new Scenario(360, List.of(new Meal(0, 60)), new Basal.SteadyState(), true,
        List.of());
    Trajectory real = GlucoseSimulator.simulate(ADULT, truth, dayAndMeal);
    GlucoseForecast forecast = Forecaster.forecast(resistant, plan);
    double[] p5 = forecast.p5();
    double[] p95 = forecast.p95();
    double[] median = forecast.median();
    int inside = 0;
    for (int i = 0; i < median.length; i++) {
      double g = real.plasmaGlucoseAt(1440 + 5 * i);
      assertThat(p5[i]).isLessThanOrEqualTo(median[i]);
      assertThat(median[i]).isLessThanOrEqualTo(p95[i]);
      if (g >= p5[i] - 3 && g <= p95[i] + 3) {
        inside++;
      }
    }
    assertThat(inside).isGreaterThanOrEqualTo((int) (0.9 * median.length));
    assertThat(forecast.horizonMinutes()).isEqualTo(360);
  }

  @Test
  void rejectsImpossibleMealsAndHorizons() {
    assertThatThrownBy(() -> BolusAdvisor.advise(sensitive, -10, 360))
        .hasMessageContaining("-10.0 g");
    assertThatThrownBy(() -> BolusAdvisor.advise(sensitive, 50, 5))
        .hasMessageContaining("horizon 5");
  }
}
