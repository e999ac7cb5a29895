package org.medtwin.fusion.source.csv;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
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
    // Strict resolving rejects 31.02 instead of quietly making it 28.02; strict needs the
    // proleptic year (u) where people write the year of era (y).
    String proleptic = pattern.replace('y', 'u');
    return new DatePattern(
        pattern,
        DateTimeFormatter.ofPattern(proleptic, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
  }

  @Override
  public String toString() {
    return pattern;
  }
}
