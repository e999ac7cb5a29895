package org.medtwin.twin.glucose.sim;

import org.medtwin.twin.glucose.patient.PatientParameters;
import org.medtwin.twin.glucose.patient.VirtualPatient;

/** Runs a scenario on a virtual patient from its basal steady state. */
public final class GlucoseSimulator {

  private GlucoseSimulator() {}

  /** The patient's glucose course under the scenario, minute by minute. */
  public static Trajectory simulate(VirtualPatient patient, Scenario scenario) {
    return simulate(patient, patient.model(), scenario);
  }

  /**
   * The course with other model parameters (a calibrated or perturbed twin) but the patient's
   * therapy settings for carb-ratio boluses.
   */
  public static Trajectory simulate(VirtualPatient patient, PatientParameters model,
      Scenario scenario) {
    int duration = scenario.durationMinutes();
    double[] insulin = scenario.insulinUnitsPerMinute(patient);
    double[] grams = scenario.announcedGrams();
    double[] plasma = new double[duration + 1];
    double[] subcutaneous = new double[duration + 1];
    PatientSimulation simulation = new PatientSimulation(model);
    plasma[0] = simulation.plasmaGlucose();
    subcutaneous[0] = simulation.subcutaneousGlucose();
    for (int minute = 0; minute < duration; minute++) {
      simulation.step(grams[minute], insulin[minute]);
      plasma[minute + 1] = simulation.plasmaGlucose();
      subcutaneous[minute + 1] = simulation.subcutaneousGlucose();
    }
    return new Trajectory(patient.name(), plasma, subcutaneous);
  }
}
