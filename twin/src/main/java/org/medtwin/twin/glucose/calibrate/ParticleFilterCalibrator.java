package org.medtwin.twin.glucose.calibrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.sim.Scenario;

/**
 * Calibrates a glucose twin to a patient's CGM with a sequential importance-resampling particle
 * filter over two identifiable parameters, insulin sensitivity (Vmx) and carbohydrate absorption
 * (kabs), using Liu &amp; West's kernel shrinkage to keep the parameter cloud from collapsing
 * (Liu &amp; West, "Combined parameter and state estimation in simulation-based filtering", 2001).
 *
 * <p>Every particle is a full twin advanced with the patient's known meals and insulin; each CGM
 * reading reweights the particles by a Gaussian likelihood of the reading given the twin's
 * subcutaneous glucose. Particles advance in parallel; the result does not depend on threads.
 */
public final class ParticleFilterCalibrator {

  private final CalibrationSettings settings;

  public ParticleFilterCalibrator(CalibrationSettings settings) {
    this.settings = settings;
  }

  /**
   * Calibrates from the basal state at minute 0 of {@code history} to its end.
   *
   * @param patient the virtual patient whose parameters the twin starts from
   * @param history the meals and insulin the patient had (its duration is "now")
   * @param cgm CGM readings within the history
   * @throws IllegalArgumentException when a reading lies after the history or none lies within
   */
  public Calibration calibrate(VirtualPatient patient, Scenario history, CgmTrace cgm) {
    int duration = history.durationMinutes();
    if (cgm.lastMinute() > duration) {
      throw new IllegalArgumentException("CGM reading at minute " + cgm.lastMinute()
          + " lies after the " + duration + "-minute history. Maybe the scenario's "
          + "duration_minutes should cover the CGM trace?");
    }
    Map<Integer, Double> readings = new HashMap<>();
    cgm.readings().forEach(r -> readings.put(r.minute(), r.mgDl()));
    SplittableRandom random = new SplittableRandom(settings.seed());
    List<Particle> particles = prior(patient.model(), random);
    double[] insulin = history.insulinUnitsPerMinute(patient);
    double[] grams = history.announcedGrams();
    int resamplings = 0;
    for (int minute = 0; minute <= duration; minute++) {
      Double reading = readings.get(minute);
      if (reading != null) {
        reweight(particles, reading);
        if (effectiveSize(particles) < particles.size() / 2.0) {
          particles = resampleAndMove(particles, patient.model(), random);
          resamplings++;
        }
      }
      if (minute < duration) {
        double g = grams[minute];
        double u = insulin[minute];
        List<Particle> current = particles;
        IntStream.range(0, current.size()).parallel().forEach(i -> current.get(i).twin.step(g, u));
      }
    }
    return summary(patient, duration, particles, cgm, readings.size(), resamplings);
  }

  /** Log-uniform draws of both factors within the bounds. */
  private List<Particle> prior(PatientParameters base, SplittableRandom random) {
    double lo = Math.log(settings.minFactor());
    double hi = Math.log(settings.maxFactor());
    List<Particle> particles = new ArrayList<>(settings.particles());
    for (int i = 0; i < settings.particles(); i++) {
      particles.add(Particle.atBasal(base, lo + (hi - lo) * random.nextDouble(),
          lo + (hi - lo) * random.nextDouble()));
    }
    return particles;
  }

  private void reweight(List<Particle> particles, double reading) {
    double sd = settings.measurementSdMgDl();
    double max = Double.NEGATIVE_INFINITY;
    for (Particle p : particles) {
      double z = (reading - p.twin.subcutaneousGlucose()) / sd;
      p.logWeight += -0.5 * z * z;
      max = Math.max(max, p.logWeight);
    }
    for (Particle p : particles) {
      p.logWeight -= max; // keeps the largest weight at 1 so exp() never underflows all of them
    }
  }

  private static double effectiveSize(List<Particle> particles) {
    double[] w = normalisedWeights(particles);
    double squares = 0;
    for (double x : w) {
      squares += x * x;
    }
    return 1.0 / squares;
  }

  static double[] normalisedWeights(List<Particle> particles) {
    double[] w = new double[particles.size()];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.exp(particles.get(i).logWeight);
      total += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= total;
    }
    return w;
  }

  /**
   * Systematic resampling, then each survivor's factors move toward the cloud's mean by the
   * shrinkage a and get Gaussian jitter with (1 − a²) of the cloud's covariance: the mean and
   * spread of the cloud are kept while duplicates separate.
   */
  private List<Particle> resampleAndMove(List<Particle> particles, PatientParameters base,
      SplittableRandom random) {
    double[] w = normalisedWeights(particles);
    double[] mean = new double[2];
    for (int i = 0; i < w.length; i++) {
      mean[0] += w[i] * particles.get(i).logSensitivity;
      mean[1] += w[i] * particles.get(i).logAbsorption;
    }
    double s00 = 0, s01 = 0, s11 = 0;
    for (int i = 0; i < w.length; i++) {
      double d0 = particles.get(i).logSensitivity - mean[0];
      double d1 = particles.get(i).logAbsorption - mean[1];
      s00 += w[i] * d0 * d0;
      s01 += w[i] * d0 * d1;
      s11 += w[i] * d1 * d1;
    }
    double a = settings.shrinkage();
    double h2 = 1 - a * a;
    // Cholesky factor of h²·S (2×2), with a floor so a collapsed cloud can still move a little.
    double floor = 1e-8;
    double l00 = Math.sqrt(h2 * s00 + floor);
    double l10 = h2 * s01 / l00;
    double l11 = Math.sqrt(Math.max(h2 * s11 + floor - l10 * l10, floor));
    double lo = Math.log(settings.minFactor());
    double hi = Math.log(settings.maxFactor());
    int n = particles.size();
    List<Particle> next = new ArrayList<>(n);
    double step = 1.0 / n;
    double u = random.nextDouble() * step;
    double cumulative = w[0];
    int j = 0;
    for (int i = 0; i < n; i++) {
      double target = u + i * step;
      while (cumulative < target && j < n - 1) {
        j++;
        cumulative += w[j];
      }
      Particle parent = particles.get(j);
      double z0 = gaussian(random);
      double z1 = gaussian(random);
      double s = a * parent.logSensitivity + (1 - a) * mean[0] + l00 * z0;
      double k = a * parent.logAbsorption + (1 - a) * mean[1] + l10 * z0 + l11 * z1;
      next.add(parent.movedTo(base, clamp(s, lo, hi), clamp(k, lo, hi)));
    }
    return next;
  }

  private Calibration summary(VirtualPatient patient, int minute, List<Particle> particles,
      CgmTrace cgm, int readingsUsed, int resamplings) {
    double[] w = normalisedWeights(particles);
    double[] sensitivity = new double[w.length];
    double[] absorption = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      sensitivity[i] = Math.exp(particles.get(i).logSensitivity);
      absorption[i] = Math.exp(particles.get(i).logAbsorption);
    }
    double lastCgm = cgm.readings().get(cgm.readings().size() - 1).mgDl();
    return new Calibration(patient, minute, estimate(sensitivity, w), estimate(absorption, w),
        lastCgm, readingsUsed, resamplings, particles, w);
  }

  private static ParameterEstimate estimate(double[] values, double[] weights) {
    double[] q = WeightedQuantiles.of(values, weights, 0.05, 0.5, 0.95);
    return new ParameterEstimate(WeightedQuantiles.mean(values, weights), q[0], q[1], q[2]);
  }

  private static double clamp(double value, double lo, double hi) {
    return Math.max(lo, Math.min(hi, value));
  }

  static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
