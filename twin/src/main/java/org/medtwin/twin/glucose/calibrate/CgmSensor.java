package org.medtwin.twin.glucose.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.medtwin.twin.glucose.sim.Trajectory;

/**
 * A simple CGM: subcutaneous glucose sampled every few minutes plus seeded Gaussian error,
 * clipped to the 39–600 mg/dL display range of the Dexcom entry in simglucose's
 * sensor_params.csv. Used to make synthetic traces with known truth for calibration.
 *
 * @param sampleMinutes sampling interval
 * @param noiseSdMgDl standard deviation of the sensor error, mg/dL
 */
public record CgmSensor(int sampleMinutes, double noiseSdMgDl) {

  private static final double MIN_MG_DL = 39, MAX_MG_DL = 600;

  public CgmSensor {
    if (sampleMinutes < 1 || !(noiseSdMgDl >= 0) || noiseSdMgDl > 100) {
      throw new IllegalArgumentException("CGM sensor needs a sampling interval >= 1 min and a noise"
          + " SD in 0..100 mg/dL, got " + sampleMinutes + " min, " + noiseSdMgDl + " mg/dL.");
    }
  }

  /** The readings of this sensor over a trajectory, for a given seed. */
  public List<CgmReading> read(Trajectory trajectory, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] subcutaneous = trajectory.subcutaneousGlucose();
    List<CgmReading> readings = new ArrayList<>();
    for (int minute = 0; minute <= trajectory.durationMinutes(); minute += sampleMinutes) {
      double value = subcutaneous[minute] + noiseSdMgDl * gaussian(random);
      readings.add(new CgmReading(minute, Math.min(MAX_MG_DL, Math.max(MIN_MG_DL, value))));
    }
    return readings;
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller: SplittableRandom has no nextGaussian in Java 17.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
