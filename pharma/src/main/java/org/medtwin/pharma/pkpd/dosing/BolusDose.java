package org.medtwin.pharma.pkpd.dosing;

/**
 * An intravenous bolus into the central compartment.
 *
 * @param time administration time
 * @param amount amount given
 * @param steadyState steady-state flag, {@link SteadyState#NONE} for a single dose
 */
public record BolusDose(double time, double amount, SteadyState steadyState) implements DoseEvent {

  /** Guards the fields. */
  public BolusDose {
    DoseEvent.checkCommon(time, amount, steadyState);
  }

  /** A single bolus. */
  public static BolusDose of(double time, double amount) {
    return new BolusDose(time, amount, SteadyState.NONE);
  }

  @Override
  public BolusDose at(double newTime) {
    return new BolusDose(newTime, amount, steadyState);
  }

  @Override
  public BolusDose withAmount(double newAmount) {
    return new BolusDose(time, newAmount, steadyState);
  }

  @Override
  public BolusDose withSteadyState(SteadyState ss) {
    return new BolusDose(time, amount, ss);
  }
}
