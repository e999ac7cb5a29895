package org.medtwin.pharma.pkpd.population;

/**
 * Units a model's parameters and predictions are in (UCUM codes where they exist).
 *
 * @param amount dose amount unit, e.g. mg
 * @param volume volume unit, e.g. L
 * @param time time unit, e.g. h
 * @param concentration concentration unit, amount / volume, e.g. mg/L
 */
public record Units(String amount, String volume, String time, String concentration) {

  /** Guards that every unit is named. */
  public Units {
    for (String unit : new String[] {amount, volume, time, concentration}) {
      if (unit == null || unit.isBlank()) {
        throw new IllegalArgumentException("Every unit (amount, volume, time, concentration) must"
            + " be named.");
      }
    }
  }

  /** Milligrams, litres, hours, mg/L. */
  public static Units mgLiterHour() {
    return new Units("mg", "L", "h", "mg/L");
  }
}
