package org.medtwin.fusion.standardize;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Multiplies a measured value by a concept map's factor and rounds the product so that it claims
 * neither more nor much less precision than the measurement had.
 *
 * <p>The rule: the product keeps the source value's decimal places, but never fewer significant
 * digits than the source value had; rounding is half-up. So 5.50 mmol/L × 18.016 = 99.088 keeps two
 * decimals (99.09 mg/dL), and 100 mg/dL × 0.0555 = 5.55 keeps three significant digits (5.55
 * mmol/L) rather than rounding to 6. A multiplier of exactly 1 returns the value unchanged.
 */
final class UnitConversion {

  private UnitConversion() {}

  static BigDecimal convert(BigDecimal value, BigDecimal multiplier) {
    if (multiplier.compareTo(BigDecimal.ONE) == 0) {
      return value;
    }
    BigDecimal product = value.multiply(multiplier);
    if (product.signum() == 0) {
      return BigDecimal.ZERO.setScale(Math.max(value.scale(), 0));
    }
    int decimals = Math.max(value.scale(), 0);
    // Scale that gives the product as many significant digits as the source value had.
    int significant = value.precision();
    int magnitude = product.precision() - product.scale(); // digits before the decimal point
    int scaleForSignificant = significant - magnitude;
    return product.setScale(Math.max(decimals, scaleForSignificant), RoundingMode.HALF_UP);
  }
}
