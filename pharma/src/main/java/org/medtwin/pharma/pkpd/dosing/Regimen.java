package org.medtwin.pharma.pkpd.dosing;

import java.util.ArrayList;
import java.util.List;

/**
 * A repeated regimen — the same dose every {@code interval} — as a clinician prescribes it and as
 * dose optimisation proposes it.
 *
 * @param route how each dose is given
 * @param amount amount per dose
 * @param interval time between dose starts
 * @param infusionDuration infusion time for {@link Route#INFUSION}, 0 otherwise
 */
public record Regimen(Route route, double amount, double interval, double infusionDuration) {

  /** How a regimen's doses are given. */
  public enum Route {
    /** Intravenous bolus. */
    BOLUS,
    /** Intravenous zero-order infusion. */
    INFUSION,
    /** First-order absorption after an oral (or other extravascular) dose. */
    ORAL
  }

  /** Guards the fields. */
  public Regimen {
    if (route == null) {
      throw new IllegalArgumentException("Regimen has no route.");
    }
    if (!(amount >= 0) || !Double.isFinite(amount)) {
      throw new IllegalArgumentException("Regimen dose " + amount + " must be finite and >= 0.");
    }
    if (!(interval > 0) || !Double.isFinite(interval)) {
      throw new IllegalArgumentException("Regimen interval " + interval + " must be > 0.");
    }
    if (route == Route.INFUSION && !(infusionDuration > 0)) {
      throw new IllegalArgumentException(
          "Infusion regimen needs a duration > 0, got " + infusionDuration + ".");
    }
    if (route != Route.INFUSION && infusionDuration != 0) {
      throw new IllegalArgumentException(
          route + " regimen has infusion duration " + infusionDuration + "; expected 0.");
    }
  }

  /** An infusion regimen. */
  public static Regimen infusion(double amount, double interval, double duration) {
    return new Regimen(Route.INFUSION, amount, interval, duration);
  }

  /** An IV bolus regimen. */
  public static Regimen bolus(double amount, double interval) {
    return new Regimen(Route.BOLUS, amount, interval, 0);
  }

  /** An oral regimen. */
  public static Regimen oral(double amount, double interval) {
    return new Regimen(Route.ORAL, amount, interval, 0);
  }

  /** One dose of this regimen starting at {@code time}. */
  public DoseEvent doseAt(double time, SteadyState steadyState) {
    if (route == Route.BOLUS) {
      return new BolusDose(time, amount, steadyState);
    }
    if (route == Route.ORAL) {
      return new OralDose(time, amount, steadyState);
    }
    return new InfusionDose(time, amount, amount / infusionDuration, false, steadyState);
  }

  /** {@code count} doses starting at {@code start}. */
  public List<DoseEvent> doses(double start, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("Dose count " + count + " must be >= 0.");
    }
    List<DoseEvent> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(doseAt(start + i * interval, SteadyState.NONE));
    }
    return list;
  }

  /** The regimen as a dosing history of {@code count} doses from time 0. */
  public DosingHistory history(int count) {
    return new DosingHistory(doses(0, count));
  }

  /** The regimen already at steady state at time 0 (one SS=1 dose). */
  public DosingHistory steadyStateHistory() {
    return DosingHistory.of(doseAt(0, SteadyState.reset(interval)));
  }

  /** Amount per 24 time units (per day when time is in hours). */
  public double dailyAmount() {
    return amount * 24.0 / interval;
  }

  /** Short human form, e.g. "1250 mg q12h over 2 h". */
  public String describe(String amountUnit, String timeUnit) {
    String base =
        String.format(java.util.Locale.ROOT, "%s %s q%s%s", trim(amount), amountUnit, trim(interval), timeUnit);
    if (route == Route.INFUSION) {
      return base + " over " + trim(infusionDuration) + " " + timeUnit;
    }
    return route == Route.ORAL ? base + " oral" : base + " bolus";
  }

  private static String trim(double value) {
    return new java.math.BigDecimal(value)
        .round(new java.math.MathContext(4))
        .stripTrailingZeros()
        .toPlainString();
  }
}
