package org.medtwin.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.medtwin.store.table.Table;

/** Bulk writes through DuckDB's appender, which bypasses SQL parsing for each row. */
final class DuckDbBulkWriter implements BulkWriter {

  private final DuckDBConnection connection;

  DuckDbBulkWriter(Connection connection) throws SQLException {
    this.connection = connection.unwrap(DuckDBConnection.class);
  }

  @Override
  public void write(Table table, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (DuckDBAppender appender =
        connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, table.stageName())) {
      for (Object[] row : rows) {
        appender.beginRow();
        for (Object value : row) {
          append(appender, value);
        }
        appender.endRow();
      }
    }
  }

  private static void append(DuckDBAppender appender, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof String s) {
      appender.append(s);
    } else if (value instanceof LocalDateTime t) {
      appender.append(t);
    } else if (value instanceof LocalDate d) {
      appender.append(d);
    } else if (value instanceof Double d) {
      appender.append(d.doubleValue());
    } else if (value instanceof Integer i) {
      appender.append(i.intValue());
    } else if (value instanceof Long l) {
      appender.append(l.longValue());
    } else if (value instanceof byte[] b) {
      appender.append(b);
    } else {
      throw new IllegalArgumentException("No appender mapping for " + value.getClass().getName());
    }
  }
}
