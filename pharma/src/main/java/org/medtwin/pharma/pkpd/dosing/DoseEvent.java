package org.medtwin.pharma.pkpd.dosing;

/**
 * One administration in a dosing history: an IV bolus, a zero-order infusion or a first-order oral
 * dose, optionally given at steady state.
 *
 * <p>Times are in the model's time unit (hours in the shipped library) and amounts in its amount
 * unit (mg). Bioavailability and lag time of oral doses are model parameters ({@code f}, {@code
 * tlag}), as NONMEM's F1 and ALAG1 are, so that they can carry inter-individual variability.
 */
public sealed interface DoseEvent permits BolusDose, InfusionDose, OralDose {

  /** Time the administration starts. */
  double time();

  /** Amount administered (before bioavailability). */
  double amount();

  /** Steady-state flag of the dose; {@link SteadyState#NONE} when it is a single dose. */
  SteadyState steadyState();

  /** The same dose moved to another start time. */
  DoseEvent at(double newTime);

  /** The same dose with another amount (for rescaling a regimen). */
  DoseEvent withAmount(double newAmount);

  /** The same dose with another steady-state flag. */
  DoseEvent withSteadyState(SteadyState ss);

  /** Guards the fields shared by every dose. */
  static void checkCommon(double time, double amount, SteadyState steadyState) {
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("Dose time " + time + " is not a finite number.");
    }
    if (!Double.isFinite(amount) || amount < 0) {
      throw new IllegalArgumentException(
          "Dose amount " + amount + " at time " + time + " must be a finite number >= 0.");
    }
    if (steadyState == null) {
      throw new IllegalArgumentException(
          "Dose at time " + time + " has no steady-state flag. Maybe use SteadyState.NONE?");
    }
  }
}
