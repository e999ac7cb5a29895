package org.medtwin.fusion.link.standardize;

/**
 * Normalizes phone numbers to an E.164-like form ({@code +61298765432}) using a default country
 * calling code for national numbers.
 *
 * <p>This is deliberately not a full numbering-plan parser (libphonenumber is): it keeps digits,
 * treats {@code +} and {@code 00} as international prefixes and a leading {@code 0} as the trunk
 * prefix. That is enough for comparison, where both sides go through the same rules.
 */
public final class PhoneStandardizer {

  private static final int MIN_DIGITS = 6;

  private final String defaultCountryCode;

  /**
   * A standardizer for national numbers of one country.
   *
   * @param defaultCountryCode the calling code without {@code +}, e.g. {@code 61} for Australia
   * @throws IllegalArgumentException when the code is not one to three digits
   */
  public PhoneStandardizer(String defaultCountryCode) {
    if (defaultCountryCode == null || !defaultCountryCode.matches("[1-9]\\d{0,2}")) {
      throw new IllegalArgumentException(
          "Country calling code '" + defaultCountryCode + "' is not 1-3 digits. Maybe '61'?");
    }
    this.defaultCountryCode = defaultCountryCode;
  }

  /**
   * The number in E.164-like form.
   *
   * @return {@code +} and digits, or {@code null} when fewer than six digits remain
   */
  public String standardize(String phone) {
    if (phone == null) {
      return null;
    }
    String trimmed = phone.strip();
    String digits = trimmed.replaceAll("[^0-9]", "");
    if (digits.length() < MIN_DIGITS) {
      return null;
    }
    if (trimmed.startsWith("+")) {
      return "+" + digits;
    }
    if (digits.startsWith("00")) {
      return "+" + digits.substring(2);
    }
    if (digits.startsWith("0")) {
      return "+" + defaultCountryCode + digits.substring(1);
    }
    if (digits.startsWith(defaultCountryCode) && digits.length() > 10) {
      return "+" + digits;
    }
    return "+" + defaultCountryCode + digits;
  }
}
