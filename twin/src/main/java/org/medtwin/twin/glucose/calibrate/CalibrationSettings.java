package org.medtwin.twin.glucose.calibrate;

/**
 * How the particle filter calibrates a twin.
 *
 * @param particles number of particles (each a full twin)
 * @param seed seed of the filter's random numbers (prior draws, resampling, jitter)
 * @param measurementSdMgDl assumed CGM error SD in the likelihood, mg/dL
 * @param minFactor lower bound of both parameter factors (prior and posterior)
 * @param maxFactor upper bound of both parameter factors
 * @param discount Liu–West discount δ in (0, 1]: the kernel shrinkage is a = (3δ − 1)/(2δ), and
 *     the jitter variance (1 − a²) of the particle spread; 1 means no jitter
 */
public record CalibrationSettings(int particles, long seed, double measurementSdMgDl,
    double minFactor, double maxFactor, double discount) {

  public CalibrationSettings {
    if (particles < 10 || particles > 100_000) {
      throw new IllegalArgumentException("Particles " + particles + " must be within 10..100000.");
    }
    if (!(measurementSdMgDl > 0)) {
      throw new IllegalArgumentException("CGM error SD " + measurementSdMgDl
          + " mg/dL must be positive.");
    }
    if (!(minFactor > 0 && minFactor < 1 && maxFactor > 1 && maxFactor <= 10)) {
      throw new IllegalArgumentException("Factor bounds " + minFactor + ".." + maxFactor
          + " must bracket 1 within 0..10.");
    }
    if (!(discount > 0.5 && discount <= 1)) {
      throw new IllegalArgumentException("Liu–West discount " + discount + " must be in (0.5, 1].");
    }
  }

  /** 400 particles, CGM error SD 10 mg/dL, factors within 0.4..2.5 of the virtual patient's. */
  public static CalibrationSettings defaults(long seed) {
    return new CalibrationSettings(400, seed, 10.0, 0.4, 2.5, 0.98);
  }

  /** The Liu–West kernel shrinkage a. */
  double shrinkage() {
    return (3 * discount - 1) / (2 * discount);
  }
}
