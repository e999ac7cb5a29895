package org.medtwin.fusion.source.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One decoded CSV data row with typed access by column name; every failed access throws a {@link
 * RowRejectedException} whose message names the column and what was expected.
 */
final class CsvRow {

  private final CsvHeader header;
  private final List<String> values;

  CsvRow(CsvHeader header, List<String> values) {
    this.header = header;
    this.values = values;
  }

  /** The trimmed value, or {@code null} when blank. */
  String text(String column) {
    Integer position = header.positions().get(column);
    if (position == null) {
      throw new RowRejectedException(
          "The header has no column " + column + ". Maybe the file is not in the expected layout?");
    }
    String value = values.get(position).trim();
    return value.isEmpty() ? null : value;
  }

  /** The value, or {@code null} when the file has no such column or it is blank. */
  String optional(String column) {
    return header.has(column) ? text(column) : null;
  }

  String required(String column) {
    String value = text(column);
    if (value == null) {
      throw new RowRejectedException("Column " + column + " is empty but required.");
    }
    return value;
  }

  /** An ISO-8601 instant ({@code 2019-02-15T06:04:33Z}) or date (start of day UTC), or null. */
  Instant instant(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new RowRejectedException(
          "Column " + column + " has '" + value
              + "', which is not an ISO-8601 time such as 2019-02-15T06:04:33Z or date such as 1970-01-01.");
    }
  }

  LocalDate date(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new RowRejectedException(
          "Column " + column + " has '" + value + "', which is not an ISO-8601 date such as 1970-01-01.");
    }
  }

  BigDecimal decimal(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new RowRejectedException(
          "Column " + column + " has '" + value + "', which is not a number such as 5.50.");
    }
  }

  /** The row as column name → value, in header order, for rows kept unmodeled. */
  Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      map.put(header.names().get(i), values.get(i));
    }
    return map;
  }
}
