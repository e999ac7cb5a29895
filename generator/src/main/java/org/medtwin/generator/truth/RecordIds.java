package org.medtwin.generator.truth;

/** The sources' own patient ids: hospital B's {@code B0000042} and the laboratory's {@code L00000042}. */
public final class RecordIds {

  private RecordIds() {}

  /** Hospital B's id of its n-th patient (1-based), {@code B} and seven digits. */
  public static String hospitalB(long number) {
    return "B" + pad(number, 7);
  }

  /** The laboratory's id of its n-th patient (1-based), {@code L} and eight digits. */
  public static String lab(long number) {
    return "L" + pad(number, 8);
  }

  private static String pad(long number, int width) {
    String digits = Long.toString(number);
    if (digits.length() > width) {
      throw new IllegalArgumentException("Record number " + number + " needs more than " + width + " digits");
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
