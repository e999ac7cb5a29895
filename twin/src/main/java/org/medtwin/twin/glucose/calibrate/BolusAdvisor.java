package org.medtwin.twin.glucose.calibrate;

import java.util.List;
import org.medtwin.twin.glucose.sim.Basal;
import org.medtwin.twin.glucose.sim.Bolus;
import org.medtwin.twin.glucose.sim.Meal;
import org.medtwin.twin.glucose.sim.Scenario;

/**
 * Chooses a meal bolus on the calibrated twins: the dose that minimises the expected glycaemic
 * risk over the horizon (Kovatchev's symmetric BG risk, Kovatchev et al., Diabetes Care
 * 1997;20:1655 and 2006;29:2433: f(G) = 1.509·((ln G)^1.084 − 5.381), risk = 10·f²), lowered if
 * needed until the 5th percentile of the predicted minimum glucose is at least 70 mg/dL.
 */
public final class BolusAdvisor {

  /** Hypoglycaemia floor of the safety check, mg/dL (level 1 hypoglycaemia, Battelino 2019). */
  public static final double HYPO_FLOOR_MG_DL = 70;
  /** Target glucose of the standard calculator's correction, mg/dL. */
  public static final double CORRECTION_TARGET_MG_DL = 120;
  private static final double DOSE_STEP_UNITS = 0.05;

  private BolusAdvisor() {}

  /**
   * Advises the bolus for a meal eaten now, with the steady-state basal going on.
   *
   * @param horizonMinutes how far ahead the risk is judged (at least 60, at most 1440)
   * @throws IllegalArgumentException for a meal outside 1..500 g or a horizon outside 60..1440
   */
  public static BolusAdvice advise(Calibration calibration, double mealGrams, int horizonMinutes) {
    if (!(mealGrams > 0 && mealGrams <= 500)) {
      throw new IllegalArgumentException("Meal of " + mealGrams + " g: bolus advice needs "
          + "more than 0 and at most 500 g of carbohydrate.");
    }
    if (horizonMinutes < 60 || horizonMinutes > 1440) {
      throw new IllegalArgumentException("Forecast horizon " + horizonMinutes
          + " minutes must be within 60..1440.");
    }
    double carbRatio = calibration.patient().therapy().carbRatio();
    double correctionFactor = calibration.patient().therapy().correctionFactor();
    double calculator = Math.max(0, mealGrams / carbRatio
        + (calibration.lastCgmMgDl() - CORRECTION_TARGET_MG_DL) / correctionFactor);
    double upper = Math.min(3 * mealGrams / carbRatio + 5, 99);
    double best = goldenSection(calibration, mealGrams, horizonMinutes, 0, upper);
    double advised = best;
    boolean limited = false;
    if (forecast(calibration, mealGrams, horizonMinutes, advised).p5OfMinimum() < HYPO_FLOOR_MG_DL) {
      limited = true;
      advised = largestSafeDose(calibration, mealGrams, horizonMinutes, advised);
    }
    advised = Math.floor(advised / DOSE_STEP_UNITS + 1e-9) * DOSE_STEP_UNITS;
    return new BolusAdvice(mealGrams, advised, calculator,
        forecast(calibration, mealGrams, horizonMinutes, advised), limited);
  }

  /** Kovatchev's risk of one glucose value (0 at 112.5 mg/dL, 100 at 20 and 600 mg/dL). */
  public static double risk(double glucoseMgDl) {
    double g = Math.max(glucoseMgDl, 1.0);
    double f = 1.509 * (Math.pow(Math.log(g), 1.084) - 5.381);
    return 10 * f * f;
  }

  static GlucoseForecast forecast(Calibration calibration, double grams, int horizon,
      double units) {
    return Forecaster.forecast(calibration, plan(grams, horizon, units));
  }

  private static Scenario plan(double grams, int horizon, double units) {
    List<Bolus> bolus = units > 0 ? List.of(new Bolus(0, units)) : List.of();
    return new Scenario(horizon, List.of(new Meal(0, grams)), new Basal.SteadyState(), false,
        bolus);
  }

  private static double expectedRisk(Calibration calibration, double grams, int horizon,
      double units) {
    double[][] courses = Forecaster.courses(calibration, plan(grams, horizon, units));
    double[] weights = calibration.weights();
    double total = 0;
    for (int i = 0; i < courses.length; i++) {
      double sum = 0;
      for (double g : courses[i]) {
        sum += risk(g);
      }
      total += weights[i] * sum / courses[i].length;
    }
    return total;
  }

  /** Minimum of the expected risk over [lo, hi]; the risk is unimodal in the dose. */
  private static double goldenSection(Calibration c, double grams, int horizon, double lo,
      double hi) {
    double ratio = (Math.sqrt(5) - 1) / 2;
    double a = lo, b = hi;
    double x1 = b - ratio * (b - a), x2 = a + ratio * (b - a);
    double f1 = expectedRisk(c, grams, horizon, x1), f2 = expectedRisk(c, grams, horizon, x2);
    while (b - a > DOSE_STEP_UNITS / 2) {
      if (f1 < f2) {
        b = x2; x2 = x1; f2 = f1;
        x1 = b - ratio * (b - a);
        f1 = expectedRisk(c, grams, horizon, x1);
      } else {
        a = x1; x1 = x2; f1 = f2;
        x2 = a + ratio * (b - a);
        f2 = expectedRisk(c, grams, horizon, x2);
      }
    }
    return (a + b) / 2;
  }

  /** Bisection for the largest dose below {@code unsafe} whose low tail stays above the floor. */
  private static double largestSafeDose(Calibration c, double grams, int horizon, double unsafe) {
    if (forecast(c, grams, horizon, 0).p5OfMinimum() < HYPO_FLOOR_MG_DL) {
      return 0;
    }
    double safe = 0;
    while (unsafe - safe > DOSE_STEP_UNITS / 2) {
      double mid = (safe + unsafe) / 2;
      if (forecast(c, grams, horizon, mid).p5OfMinimum() >= HYPO_FLOOR_MG_DL) {
        safe = mid;
      } else {
        unsafe = mid;
      }
    }
    return safe;
  }
}
