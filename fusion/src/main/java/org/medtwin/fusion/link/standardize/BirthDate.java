package org.medtwin.fusion.link.standardize;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A birth date as eight digits {@code YYYYMMDD}, kept even when it is not a calendar date
 * (corrupted sources hold 31 February), with the calendar date when there is one.
 *
 * @param digits the eight digits
 * @param date the calendar date, or {@code null} when the digits are not a valid date
 */
public record BirthDate(String digits, LocalDate date) {

  public BirthDate {
    if (digits == null || !digits.matches("\\d{8}")) {
      throw new IllegalArgumentException(
          "A birth date needs eight digits YYYYMMDD; got '" + digits + "'.");
    }
  }

  /** The date of a calendar day. */
  public static BirthDate of(LocalDate date) {
    return new BirthDate(
        String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
        date);
  }

  /**
   * Reads {@code YYYYMMDD} or {@code YYYY-MM-DD}; anything else (blank, partial) is unknown.
   *
   * @return the birth date, or {@code null} when the text holds no eight-digit date
   */
  public static BirthDate parse(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.replaceAll("[^0-9]", "");
    if (digits.length() != 8) {
      return null;
    }
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(digits.substring(0, 4)),
              Integer.parseInt(digits.substring(4, 6)),
              Integer.parseInt(digits.substring(6, 8)));
    } catch (DateTimeException invalid) {
      // Kept on purpose: an invalid date still agrees or nearly agrees with its true twin.
      date = null;
    }
    return new BirthDate(digits, date);
  }

  /** The year digits. */
  public String year() {
    return digits.substring(0, 4);
  }

  /** The month digits. */
  public String month() {
    return digits.substring(4, 6);
  }

  /** The day digits. */
  public String day() {
    return digits.substring(6, 8);
  }
}
