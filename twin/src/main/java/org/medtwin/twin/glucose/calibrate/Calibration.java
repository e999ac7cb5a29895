package org.medtwin.twin.glucose.calibrate;

import java.util.List;
import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.patient.VirtualPatient;

/**
 * A twin calibrated to a patient's CGM: the posterior of its insulin sensitivity (Vmx factor) and
 * carbohydrate absorption (kabs factor), and the particle cloud at the end of the history, from
 * which forecasts and bolus advice start.
 */
public final class Calibration {

  private final VirtualPatient patient;
  private final int minute;
  private final ParameterEstimate insulinSensitivity;
  private final ParameterEstimate absorption;
  private final double lastCgmMgDl;
  private final int readingsUsed;
  private final int resamplings;
  private final List<Particle> particles;
  private final double[] weights;

  Calibration(VirtualPatient patient, int minute, ParameterEstimate insulinSensitivity,
      ParameterEstimate absorption, double lastCgmMgDl, int readingsUsed, int resamplings,
      List<Particle> particles, double[] weights) {
    this.patient = patient;
    this.minute = minute;
    this.insulinSensitivity = insulinSensitivity;
    this.absorption = absorption;
    this.lastCgmMgDl = lastCgmMgDl;
    this.readingsUsed = readingsUsed;
    this.resamplings = resamplings;
    this.particles = List.copyOf(particles);
    this.weights = weights.clone();
  }

  /** The virtual patient the twin started from (its therapy settings stay). */
  public VirtualPatient patient() {
    return patient;
  }

  /** The end of the history ("now"), minutes from its start. */
  public int minute() {
    return minute;
  }

  /** Posterior of the insulin-sensitivity (Vmx) factor. */
  public ParameterEstimate insulinSensitivity() {
    return insulinSensitivity;
  }

  /** Posterior of the carbohydrate-absorption (kabs) factor. */
  public ParameterEstimate absorption() {
    return absorption;
  }

  /** The last CGM reading of the history, mg/dL. */
  public double lastCgmMgDl() {
    return lastCgmMgDl;
  }

  /** CGM readings assimilated. */
  public int readingsUsed() {
    return readingsUsed;
  }

  /** Times the filter resampled its particles. */
  public int resamplings() {
    return resamplings;
  }

  /** Number of particles in the posterior. */
  public int particleCount() {
    return particles.size();
  }

  /** The twin's parameters at the posterior medians. */
  public PatientParameters calibratedParameters() {
    return patient.model().withInsulinSensitivityFactor(insulinSensitivity.median())
        .withAbsorptionFactor(absorption.median());
  }

  List<Particle> particles() {
    return particles;
  }

  double[] weights() {
    return weights.clone();
  }
}
