package org.medtwin.fusion.source.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.ChronoField;

/**
 * One row of a mapped CSV file read by model field rather than by column, with the file's date,
 * number and sex conventions; failures name the column and the expected format.
 */
final class MappedFields {

  private final CsvRow row;
  private final CsvFileMapping mapping;

  MappedFields(CsvRow row, CsvFileMapping mapping) {
    this.row = row;
    this.mapping = mapping;
  }

  /** The field's value, or {@code null} when it is not mapped or blank. */
  String text(String field) {
    String column = mapping.column(field);
    return column == null ? null : row.text(column);
  }

  String required(String field) {
    String column = mapping.column(field);
    String value = text(field);
    if (value == null) {
      throw new RowRejectedException("Column " + column + " (" + field + ") is empty but required.");
    }
    return value;
  }

  LocalDate date(String field) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value, mapping.dateFormat().formatter());
    } catch (DateTimeParseException e) {
      throw new RowRejectedException(
          "Column " + mapping.column(field) + " has '" + value + "', which is not a date in the format "
              + mapping.dateFormat() + ".");
    }
  }

  /** A date-time in the file's format and zone; a bare date means the start of that day. */
  Instant instant(String field) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      TemporalAccessor parsed = mapping.dateTimeFormat().formatter().parse(value);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return ZonedDateTime.from(parsed).toInstant();
      }
      return LocalDateTime.from(parsed).atZone(mapping.zone()).toInstant();
    } catch (java.time.DateTimeException e) {
      try {
        return LocalDate.parse(value, mapping.dateFormat().formatter()).atStartOfDay(mapping.zone()).toInstant();
      } catch (DateTimeParseException second) {
        throw new RowRejectedException(
            "Column " + mapping.column(field) + " has '" + value + "', which is neither a date-time in the format "
                + mapping.dateTimeFormat() + " nor a date in the format " + mapping.dateFormat() + ".");
      }
    }
  }

  BigDecimal decimal(String field) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    String normalized = mapping.decimalSeparator() == ',' ? value.replace(',', '.') : value;
    try {
      return new BigDecimal(normalized);
    } catch (NumberFormatException e) {
      throw new RowRejectedException(
          "Column " + mapping.column(field) + " has '" + value + "', which is not a number with decimal separator '"
              + mapping.decimalSeparator() + "'.");
    }
  }

  /** The field's sex code translated through the file's {@code sexCodes}, else as written. */
  String sexCode(String field) {
    String value = text(field);
    return value == null ? null : mapping.sexCodes().getOrDefault(value, value);
  }

  String column(String field) {
    return mapping.column(field);
  }
}
