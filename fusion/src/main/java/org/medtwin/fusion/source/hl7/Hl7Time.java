package org.medtwin.fusion.source.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HL7 v2 timestamps ({@code YYYY[MM[DD[HH[MM[SS[.S...]]]]]][+/-ZZZZ]}). A timestamp without
 * an offset is in the lab's local time, so it is read in the zone the reader was given; missing
 * parts of a shorter timestamp default to the start of the period.
 */
final class Hl7Time {

  private static final Pattern TS =
      Pattern.compile(
          "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?");

  private final ZoneId localZone;

  Hl7Time(ZoneId localZone) {
    this.localZone = localZone;
  }

  /** The instant, or {@code null} when blank; {@code field} names the field in the reason. */
  Instant instant(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = TS.matcher(value.trim());
    if (!m.matches()) {
      throw bad(value, field);
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              part(m.group(2), 1),
              part(m.group(3), 1),
              part(m.group(4), 0),
              part(m.group(5), 0),
              part(m.group(6), 0),
              m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000").substring(0, 4)) * 100_000);
      ZoneId zone = m.group(8) == null ? localZone : ZoneOffset.of(m.group(8));
      return local.atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw bad(value, field);
    }
  }

  /** The date part of a timestamp (a birth date), or {@code null} when blank. */
  LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = TS.matcher(value.trim());
    if (!m.matches()) {
      throw bad(value, field);
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), part(m.group(2), 1), part(m.group(3), 1));
    } catch (DateTimeException e) {
      throw bad(value, field);
    }
  }

  private static int part(String digits, int absent) {
    return digits == null ? absent : Integer.parseInt(digits);
  }

  private static MessageRejectedException bad(String value, String field) {
    return new MessageRejectedException(
        field + " is '" + value + "', which is not an HL7 timestamp such as 20190215060433 or 20190215060433+0100.");
  }
}
