package org.medtwin.twin.glucose.calibrate;

import java.util.List;
import java.util.stream.IntStream;
import org.medtwin.twin.glucose.sim.PatientSimulation;
import org.medtwin.twin.glucose.sim.Scenario;

/**
 * Runs a plan (meals and insulin from now on) on every twin of a calibration and summarises the
 * spread: each particle carries its own parameters and its own state (glucose, insulin on board,
 * food in the gut), so the band covers both parameter and state uncertainty.
 */
public final class Forecaster {

  private static final int STEP_MINUTES = 5;

  private Forecaster() {}

  /** The plasma-glucose forecast of the plan, whose minute 0 is the calibration's end. */
  public static GlucoseForecast forecast(Calibration calibration, Scenario plan) {
    double[][] courses = courses(calibration, plan);
    double[] weights = calibration.weights();
    int points = courses[0].length;
    double[] p5 = new double[points];
    double[] median = new double[points];
    double[] p95 = new double[points];
    double[] column = new double[courses.length];
    for (int t = 0; t < points; t++) {
      for (int i = 0; i < courses.length; i++) {
        column[i] = courses[i][t];
      }
      double[] q = WeightedQuantiles.of(column, weights, 0.05, 0.5, 0.95);
      p5[t] = q[0];
      median[t] = q[1];
      p95[t] = q[2];
    }
    double[] minima = new double[courses.length];
    for (int i = 0; i < courses.length; i++) {
      minima[i] = java.util.Arrays.stream(courses[i]).min().orElseThrow();
    }
    return new GlucoseForecast(STEP_MINUTES, p5, median, p95,
        WeightedQuantiles.of(minima, weights, 0.05)[0]);
  }

  /** Plasma glucose every 5 minutes of the plan, one row per particle. */
  static double[][] courses(Calibration calibration, Scenario plan) {
    double[] insulin = plan.insulinUnitsPerMinute(calibration.patient());
    double[] grams = plan.announcedGrams();
    List<Particle> particles = calibration.particles();
    int points = plan.durationMinutes() / STEP_MINUTES + 1;
    double[][] courses = new double[particles.size()][points];
    IntStream.range(0, particles.size()).parallel().forEach(i -> {
      PatientSimulation twin = particles.get(i).twin.copy();
      courses[i][0] = twin.plasmaGlucose();
      for (int minute = 0; minute < plan.durationMinutes(); minute++) {
        twin.step(grams[minute], insulin[minute]);
        if ((minute + 1) % STEP_MINUTES == 0 && (minute + 1) / STEP_MINUTES < points) {
          courses[i][(minute + 1) / STEP_MINUTES] = twin.plasmaGlucose();
        }
      }
    });
    return courses;
  }
}
