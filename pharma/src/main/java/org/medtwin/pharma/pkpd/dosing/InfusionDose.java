package org.medtwin.pharma.pkpd.dosing;

/**
 * A zero-order (constant-rate) infusion into the central compartment, or into the depot when
 * {@code intoDepot} (zero-order input followed by first-order absorption).
 *
 * <p>The infusion may last longer than a steady-state interval; the overlapping infusions are then
 * summed.
 *
 * @param time start of the infusion
 * @param amount total amount infused
 * @param rate amount per time unit (amount / rate is the duration)
 * @param intoDepot true for zero-order input into the absorption depot instead of the central
 *     compartment
 * @param steadyState steady-state flag, {@link SteadyState#NONE} for a single infusion
 */
public record InfusionDose(
    double time, double amount, double rate, boolean intoDepot, SteadyState steadyState)
    implements DoseEvent {

  /** Guards the fields. */
  public InfusionDose {
    DoseEvent.checkCommon(time, amount, steadyState);
    if (!(rate > 0) || !Double.isFinite(rate)) {
      throw new IllegalArgumentException(
          "Infusion at time " + time + " has rate " + rate + "; expected a finite number > 0."
              + " Maybe this is a bolus (rate 0)?");
    }
  }

  /** A single intravenous infusion of {@code amount} over {@code duration}. */
  public static InfusionDose ofDuration(double time, double amount, double duration) {
    if (!(duration > 0) || !Double.isFinite(duration)) {
      throw new IllegalArgumentException(
          "Infusion at time " + time + " has duration " + duration + "; expected > 0.");
    }
    return new InfusionDose(time, amount, amount / duration, false, SteadyState.NONE);
  }

  /** A single intravenous infusion of {@code amount} at {@code rate}. */
  public static InfusionDose ofRate(double time, double amount, double rate) {
    return new InfusionDose(time, amount, rate, false, SteadyState.NONE);
  }

  /** How long the infusion runs. */
  public double duration() {
    return amount / rate;
  }

  @Override
  public InfusionDose withSteadyState(SteadyState ss) {
    return new InfusionDose(time, amount, rate, intoDepot, ss);
  }

  @Override
  public InfusionDose at(double newTime) {
    return new InfusionDose(newTime, amount, rate, intoDepot, steadyState);
  }

  @Override
  public InfusionDose withAmount(double newAmount) {
    // Keep the duration, not the rate: a regimen rescaled in dose keeps its infusion time.
    double duration = duration();
    return new InfusionDose(time, newAmount, newAmount / duration, intoDepot, steadyState);
  }
}
