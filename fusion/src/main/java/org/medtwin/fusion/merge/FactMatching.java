package org.medtwin.fusion.merge;

import java.time.Duration;

/**
 * When two sources' facts are the same fact.
 *
 * @param timeTolerance how far apart two effective times may be and still be the same moment
 * @param relativeValueTolerance how far apart two numeric values (already in the same standard
 *     unit) may be, relative to the larger of them, and still be the same value
 */
public record FactMatching(Duration timeTolerance, double relativeValueTolerance) {

  public FactMatching {
    if (timeTolerance.isNegative()) {
      throw new IllegalArgumentException("The time tolerance " + timeTolerance + " is negative.");
    }
    if (!(relativeValueTolerance >= 0 && relativeValueTolerance < 1)) {
      throw new IllegalArgumentException(
          "The relative value tolerance " + relativeValueTolerance + " is not in [0, 1).");
    }
  }

  /** Whether two effective times are the same moment within the tolerance. */
  public boolean sameTime(java.time.Instant a, java.time.Instant b) {
    return a != null && b != null && Duration.between(a, b).abs().compareTo(timeTolerance) <= 0;
  }

  /** Whether two numbers are the same value within the relative tolerance. */
  public boolean sameValue(double a, double b) {
    return Math.abs(a - b) <= relativeValueTolerance * Math.max(Math.abs(a), Math.abs(b));
  }
}
