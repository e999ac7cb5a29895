package org.medtwin.generator.noise;

/** The ways sources write a ten-digit North American phone number. */
public enum PhoneFormat {
  /** {@code 555-123-4567}, Synthea's own format. */
  DASHED,
  /** {@code (555) 123-4567}. */
  PARENTHESES,
  /** {@code +1 555 123 4567}. */
  INTERNATIONAL,
  /** {@code 5551234567}. */
  DIGITS;

  /**
   * Writes the number in this format.
   *
   * @param phone a phone in any of the formats (its digits are used; a leading country code 1 is dropped)
   * @return the formatted number, or the input unchanged when it does not hold ten digits
   */
  public String format(String phone) {
    String digits = phone.replaceAll("\\D", "");
    if (digits.length() == 11 && digits.startsWith("1")) {
      digits = digits.substring(1);
    }
    if (digits.length() != 10) {
      return phone;
    }
    String area = digits.substring(0, 3);
    String exchange = digits.substring(3, 6);
    String line = digits.substring(6);
    return switch (this) {
      case DASHED -> area + "-" + exchange + "-" + line;
      case PARENTHESES -> "(" + area + ") " + exchange + "-" + line;
      case INTERNATIONAL -> "+1 " + area + " " + exchange + " " + line;
      case DIGITS -> digits;
    };
  }
}
