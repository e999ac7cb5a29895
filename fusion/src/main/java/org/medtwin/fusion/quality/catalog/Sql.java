package org.medtwin.fusion.quality.catalog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;
import org.medtwin.fusion.quality.check.Probe;

/** Builds the portable SQL (DuckDB and PostgreSQL) of the row probes. */
final class Sql {

  private Sql() {}

  /** One row per row of {@code from} (alias {@code t}), violated when {@code violated} holds. */
  static Probe.Rows rows(String from, String violated) {
    return new Probe.Rows("SELECT t.source AS source, t.source_record_id AS record_id, "
        + flag(violated) + " AS violated FROM " + from);
  }

  /** {@code CASE WHEN condition THEN 1 ELSE 0 END}. */
  static String flag(String condition) {
    return "CASE WHEN (" + condition + ") THEN 1 ELSE 0 END";
  }

  static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  static String in(Collection<String> values) {
    return values.stream().map(Sql::text).collect(Collectors.joining(", ", "(", ")"));
  }

  static String timestamp(Instant instant) {
    LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
    return "CAST(" + text(utc.toString().replace('T', ' ')) + " AS TIMESTAMP)";
  }

  /** An interval literal both engines read, e.g. {@code INTERVAL '60 days'}. */
  static String interval(double amount, String unit) {
    if (amount != Math.rint(amount) || amount < 0) {
      throw new IllegalArgumentException("Interval " + amount + " " + unit + " must be a whole non-negative number.");
    }
    return "INTERVAL '" + (long) amount + " " + unit + "'";
  }

  static String number(double value) {
    return Double.toString(value);
  }
}
