package org.medtwin.fusion.source.csv;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date or date-time pattern of a mapped CSV file, kept with its text so that reasons can show
 * the pattern as the mapping file wrote it.
 *
 * @param pattern the {@link DateTimeFormatter} pattern, e.g. {@code dd.MM.yyyy}
 * @param formatter the compiled formatter
 */
public record DatePattern(String pattern, DateTimeFormatter formatter) {

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException when the pattern is not valid
   */
  public static DatePattern of(String pattern) {
    return new DatePattern(pattern, DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
  }

  @Override
  public String toString() {
    return pattern;
  }
}
