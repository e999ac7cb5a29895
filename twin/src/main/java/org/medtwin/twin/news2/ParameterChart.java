package org.medtwin.twin.news2;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One row of the NEWS2 chart: a parameter's resolution, its plausible range and its bands.
 *
 * @param name the chart row's name, e.g. resp_rate or spo2_scale2
 * @param column the observation it scores, e.g. spo2 for both SpO2 scales
 * @param unit its UCUM unit
 * @param decimals the chart's resolution in decimal places (0, or 1 for temperature)
 * @param plausibleMin the lowest value a living person can have, in units of resolution
 * @param plausibleMax the highest, in units of resolution
 * @param bands the chart's cells
 */
public record ParameterChart(
    String name, String column, String unit, int decimals, long plausibleMin, long plausibleMax, List<Band> bands) {

  public ParameterChart {
    bands = List.copyOf(bands);
  }

  /**
   * The value in units of resolution, rounded half-up: 38.05 degrees becomes 381 tenths.
   * Decimal text is what the user typed, so the double's shortest decimal form is rounded, not its
   * binary expansion (38.05 is stored as 38.0499999...).
   */
  long toUnits(double value) {
    double scaled = decimals == 0 ? value : value * POWERS[decimals];
    double nearest = Math.rint(scaled);
    if (Math.abs(scaled - nearest) < 1e-7) {
      return (long) nearest;
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  /** The value in the chart's units, for messages. */
  String format(long units) {
    return BigDecimal.valueOf(units, decimals).toPlainString();
  }

  /** A reason the raw value cannot be scored, or null when it can. */
  String implausibility(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return column + " is missing";
    }
    if (value < plausibleMin / POWERS[decimals] || value > plausibleMax / POWERS[decimals]) {
      return column + " " + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " " + unit
          + " is outside the physiologically possible range " + format(plausibleMin) + "-" + format(plausibleMax)
          + ". Maybe a unit or typing error?";
    }
    return null;
  }

  /** The score of a plausible value. */
  int score(double value, boolean onOxygen) {
    long units = toUnits(value);
    for (Band band : bands) {
      if (band.contains(units, onOxygen)) {
        return band.score();
      }
    }
    throw new IllegalStateException("No " + name + " band holds " + format(units) + " (checked at load)");
  }

  private static final double[] POWERS = {1, 10, 100, 1000};
}
