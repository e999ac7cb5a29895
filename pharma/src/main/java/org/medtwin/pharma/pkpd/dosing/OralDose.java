package org.medtwin.pharma.pkpd.dosing;

/**
 * An extravascular dose into the absorption depot, absorbed by first order after the model's lag
 * time, of which the fraction {@code f} (a model parameter) reaches the circulation.
 *
 * @param time administration time (the lag time is added by the model)
 * @param amount amount given (before bioavailability)
 * @param steadyState steady-state flag, {@link SteadyState#NONE} for a single dose
 */
public record OralDose(double time, double amount, SteadyState steadyState) implements DoseEvent {

  /** Guards the fields. */
  public OralDose {
    DoseEvent.checkCommon(time, amount, steadyState);
  }

  /** A single oral dose. */
  public static OralDose of(double time, double amount) {
    return new OralDose(time, amount, SteadyState.NONE);
  }

  @Override
  public OralDose at(double newTime) {
    return new OralDose(newTime, amount, steadyState);
  }

  @Override
  public OralDose withAmount(double newAmount) {
    return new OralDose(time, newAmount, steadyState);
  }

  @Override
  public OralDose withSteadyState(SteadyState ss) {
    return new OralDose(time, amount, ss);
  }
}
