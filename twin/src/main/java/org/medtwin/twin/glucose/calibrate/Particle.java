package org.medtwin.twin.glucose.calibrate;

import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.sim.PatientSimulation;

/**
 * One hypothesis of the filter: a twin with its own insulin-sensitivity and absorption factors
 * (kept as logarithms, where the jitter is Gaussian) and its log weight.
 */
final class Particle {

  final PatientSimulation twin;
  final double logSensitivity;
  final double logAbsorption;
  double logWeight;

  Particle(PatientSimulation twin, double logSensitivity, double logAbsorption) {
    this.twin = twin;
    this.logSensitivity = logSensitivity;
    this.logAbsorption = logAbsorption;
  }

  /** A fresh twin of the base patient at its basal state with these factors. */
  static Particle atBasal(PatientParameters base, double logSensitivity, double logAbsorption) {
    return new Particle(new PatientSimulation(parameters(base, logSensitivity, logAbsorption)),
        logSensitivity, logAbsorption);
  }

  /** A copy of this particle's state with other factors (the Liu–West move). */
  Particle movedTo(PatientParameters base, double newLogSensitivity, double newLogAbsorption) {
    PatientSimulation copy = twin.copy();
    copy.parameters(parameters(base, newLogSensitivity, newLogAbsorption));
    return new Particle(copy, newLogSensitivity, newLogAbsorption);
  }

  static PatientParameters parameters(PatientParameters base, double logSensitivity,
      double logAbsorption) {
    return base.withInsulinSensitivityFactor(Math.exp(logSensitivity))
        .withAbsorptionFactor(Math.exp(logAbsorption));
  }
}
