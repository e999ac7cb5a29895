package org.medtwin.twin.glucose.sim;

import org.medtwin.twin.glucose.patient.PatientParameters;

/** How basal insulin is delivered through a scenario. */
public sealed interface Basal permits Basal.SteadyState, Basal.FixedRate {

  /** The basal rate for this patient, U/min. */
  double unitsPerMinute(PatientParameters patient);

  /** The patient's own steady-state rate u2ss·BW/6000 U/min, which holds its basal glucose. */
  record SteadyState() implements Basal {
    @Override
    public double unitsPerMinute(PatientParameters patient) {
      return patient.basalUnitsPerMinute();
    }
  }

  /** A fixed rate in U/h, as a pump is programmed. */
  record FixedRate(double unitsPerHour) implements Basal {
    public FixedRate {
      if (!(unitsPerHour >= 0) || unitsPerHour > Scenario.MAX_BASAL_UNITS_PER_HOUR) {
        throw new IllegalArgumentException("Basal rate " + unitsPerHour + " U/h is outside 0.."
            + Scenario.MAX_BASAL_UNITS_PER_HOUR + " U/h.");
      }
    }

    @Override
    public double unitsPerMinute(PatientParameters patient) {
      return unitsPerHour / 60.0;
    }
  }
}
