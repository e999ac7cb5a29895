package org.medtwin.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measured amount with its UCUM unit code ({@code mg/dL}, {@code mmol/L}, {@code /min}); a
 * dimensionless count has unit {@code 1}.
 *
 * @param value the amount, kept as a decimal so that no digits the source sent are lost
 * @param unit the UCUM code of the unit, or {@code null} when the source gave none
 */
public record Quantity(BigDecimal value, String unit) {

  public Quantity {
    Objects.requireNonNull(value, "A quantity needs a value.");
    if (unit != null && unit.isBlank()) {
      unit = null;
    }
  }

  /** A quantity from a decimal string such as {@code "5.50"}. */
  public static Quantity of(String value, String unit) {
    try {
      return new Quantity(new BigDecimal(value.trim()), unit);
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("'" + value + "' is not a decimal number.");
    }
  }

  /** The amount as a double, for models and charts. */
  public double doubleValue() {
    return value.doubleValue();
  }
}
