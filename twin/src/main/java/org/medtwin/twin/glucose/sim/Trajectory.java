package org.medtwin.twin.glucose.sim;

/**
 * A simulated glucose course, one value per minute from minute 0 to the end inclusive.
 *
 * @param patient patient id
 * @param plasmaGlucose G = Gp/Vg, mg/dL
 * @param subcutaneousGlucose Gs/Vg, mg/dL (what a CGM sees before sensor error)
 */
public record Trajectory(String patient, double[] plasmaGlucose, double[] subcutaneousGlucose) {

  public Trajectory {
    plasmaGlucose = plasmaGlucose.clone();
    subcutaneousGlucose = subcutaneousGlucose.clone();
  }

  /** Last minute simulated. */
  public int durationMinutes() {
    return plasmaGlucose.length - 1;
  }

  /** Plasma glucose at a minute, mg/dL. */
  public double plasmaGlucoseAt(int minute) {
    return plasmaGlucose[minute];
  }

  /** Plasma glucose every {@code step} minutes from 0 (minute 0, step, 2·step, …). */
  public double[] plasmaGlucoseEvery(int step) {
    if (step < 1) {
      throw new IllegalArgumentException("Sampling step " + step + " must be at least 1 minute.");
    }
    double[] out = new double[durationMinutes() / step + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = plasmaGlucose[i * step];
    }
    return out;
  }

  @Override
  public double[] plasmaGlucose() {
    return plasmaGlucose.clone();
  }

  @Override
  public double[] subcutaneousGlucose() {
    return subcutaneousGlucose.clone();
  }
}
