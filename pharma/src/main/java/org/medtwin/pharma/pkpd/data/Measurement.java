package org.medtwin.pharma.pkpd.data;

/**
 * A measured concentration of one subject, possibly below the limit of quantification.
 *
 * @param time sampling time
 * @param value measured value (for a BLQ sample, whatever the file gave; not used as a value)
 * @param belowLoq true when the sample was below the limit of quantification
 * @param lloq the limit of quantification, NaN when unknown
 * @param line line in the source file, 0 when not from a file
 */
public record Measurement(double time, double value, boolean belowLoq, double lloq, long line) {

  /** Guards the time and, for quantified samples, the value. */
  public Measurement {
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("Measurement time " + time + " is not finite.");
    }
    if (!belowLoq && !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "Measurement at time " + time + " has value " + value + "; expected a finite number.");
    }
    if (belowLoq && !(lloq > 0)) {
      throw new IllegalArgumentException(
          "Sample at time " + time + " is below the limit of quantification but the limit is "
              + lloq + ". Maybe add an LLOQ column?");
    }
  }

  /** A quantified measurement. */
  public static Measurement of(double time, double value) {
    return new Measurement(time, value, false, Double.NaN, 0);
  }

  /** A sample below the limit of quantification {@code lloq}. */
  public static Measurement belowLimit(double time, double lloq) {
    return new Measurement(time, Double.NaN, true, lloq, 0);
  }
}
