package org.medtwin.generator.source.csv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Hospital B's local code for one LOINC code in one unit, and how its values convert.
 *
 * @param loinc LOINC code Synthea emits
 * @param loincUnit UCUM unit Synthea emits with it
 * @param loincDisplay LOINC display name as Synthea writes it
 * @param localCode hospital B's code, e.g. {@code GLU}
 * @param localDisplay hospital B's name for the test
 * @param localUnit unit hospital B reports in
 * @param multiplierNumerator numerator of the multiplier (LOINC value = local value × multiplier)
 * @param multiplierDenominator denominator of the multiplier
 * @param localDecimals decimals of converted values, or -1 when values are copied unchanged
 * @param mapped whether the concept map has a row for this code (a few rare codes are left out on purpose)
 */
public record LabCode(
    String loinc,
    String loincUnit,
    String loincDisplay,
    String localCode,
    String localDisplay,
    String localUnit,
    BigDecimal multiplierNumerator,
    BigDecimal multiplierDenominator,
    int localDecimals,
    boolean mapped) {

  private static final MathContext TWELVE_DIGITS = new MathContext(12, RoundingMode.HALF_UP);

  /** Whether values are converted (otherwise they are copied as Synthea wrote them). */
  public boolean converts() {
    return localDecimals >= 0;
  }

  /** The multiplier as the concept map writes it: exact, or with 12 significant digits. */
  public String multiplierText() {
    return multiplierNumerator.divide(multiplierDenominator, TWELVE_DIGITS).stripTrailingZeros().toPlainString();
  }

  /**
   * Converts a value from Synthea's unit to hospital B's unit.
   *
   * @param value Synthea's value as text
   * @return hospital B's value with {@link #localDecimals} decimals, or the value unchanged when it does not
   *     convert or is not a number
   */
  public String toLocal(String value) {
    if (!converts()) {
      return value;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      return value;
    }
    return number
        .multiply(multiplierDenominator)
        .divide(multiplierNumerator, MathContext.DECIMAL64)
        .setScale(localDecimals, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
