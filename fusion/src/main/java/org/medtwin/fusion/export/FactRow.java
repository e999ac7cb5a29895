package org.medtwin.fusion.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The current row of a fact table as an export reads it: the fact's own columns by name, the
 * person it belongs to, and the merged fact it duplicates, if any. Valid only inside the callback
 * that received it.
 */
public final class FactRow {

  private final FactKind kind;
  private final ResultSet row;

  FactRow(FactKind kind, ResultSet row) {
    this.kind = kind;
    this.row = row;
  }

  /** Which table the row is from. */
  public FactKind kind() {
    return kind;
  }

  /** The person the fact belongs to. */
  public String personId() {
    return text("mt_person");
  }

  /** Whether the fact's patient record is in the store at all. */
  public boolean hasPatient() {
    return text("mt_patient") != null;
  }

  /**
   * The source and id of the fact this one was merged into as a duplicate, or {@code null} when
   * it is the representative of its merged fact or was not merged.
   */
  public String mergedInto() {
    String source = text("mt_rep_source");
    return source == null ? null : source + "/" + text("mt_rep_id");
  }

  /** The source system. */
  public String source() {
    return text("source");
  }

  /** The fact's id in its source. */
  public String id() {
    return text("id");
  }

  /** The source's own key of the record the fact came from. */
  public String sourceRecordId() {
    return text("source_record_id");
  }

  /** A date column, or {@code null}. */
  public java.time.LocalDate date(String column) {
    try {
      java.sql.Date value = row.getDate(column);
      return value == null ? null : value.toLocalDate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read column " + column + " of " + kind.table() + ": " + e.getMessage(), e);
    }
  }

  /** A boolean column, or {@code null}. */
  public Boolean bool(String column) {
    try {
      boolean value = row.getBoolean(column);
      return row.wasNull() ? null : value;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read column " + column + " of " + kind.table() + ": " + e.getMessage(), e);
    }
  }

  /** A text column, {@code null} when empty. */
  public String text(String column) {
    try {
      String value = row.getString(column);
      return value == null || value.isEmpty() ? null : value;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read column " + column + " of " + kind.table() + ": " + e.getMessage(), e);
    }
  }

  /** A timestamp column as a UTC instant (the store keeps UTC wall-clock times), or {@code null}. */
  public Instant instant(String column) {
    try {
      Timestamp value = row.getTimestamp(column);
      return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read column " + column + " of " + kind.table() + ": " + e.getMessage(), e);
    }
  }

  /** A decimal text column, or {@code null} when empty or not a number. */
  public BigDecimal decimal(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An integer column, or {@code null}. */
  public Integer integer(String column) {
    try {
      int value = row.getInt(column);
      return row.wasNull() ? null : value;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read column " + column + " of " + kind.table() + ": " + e.getMessage(), e);
    }
  }

  /** A floating-point column, or {@code null}. */
  public Double number(String column) {
    try {
      double value = row.getDouble(column);
      return row.wasNull() ? null : value;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read column " + column + " of " + kind.table() + ": " + e.getMessage(), e);
    }
  }
}
