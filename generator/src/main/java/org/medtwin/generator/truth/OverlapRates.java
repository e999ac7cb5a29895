package org.medtwin.generator.truth;

/**
 * Fractions of persons held by exactly one, two and three sources; they sum to 1.
 *
 * @param one fraction of persons in exactly one source
 * @param two fraction of persons in exactly two sources
 * @param three fraction of persons in all three sources
 */
public record OverlapRates(double one, double two, double three) {

  /** The default split: half the persons in one source, 30 % in two, 20 % in all three. */
  public static final OverlapRates DEFAULT = new OverlapRates(0.5, 0.3, 0.2);

  /**
   * Checks the rates.
   *
   * @throws IllegalArgumentException when a rate is outside [0, 1] or they do not sum to 1
   */
  public OverlapRates {
    for (double rate : new double[] {one, two, three}) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException(
            "Overlap rate " + rate + " is outside [0, 1]. Maybe a percentage was given instead of a fraction?");
      }
    }
    if (Math.abs(one + two + three - 1.0) > 1e-6) {
      throw new IllegalArgumentException(
          "--overlap-one, --overlap-two and --overlap-three must sum to 1, got "
              + one + " + " + two + " + " + three + " = " + (one + two + three) + ".");
    }
  }
}
