package org.medtwin.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.medtwin.store.Dialect;
import org.medtwin.store.table.Table;

/**
 * Writes many rows into a table's staging twin the fastest way the engine offers: DuckDB's
 * appender or PostgreSQL's {@code COPY}. Never row-by-row inserts.
 */
public interface BulkWriter {

  /** The engine's fastest writer on this connection. */
  static BulkWriter of(Connection connection, Dialect dialect) throws SQLException {
    return dialect == Dialect.DUCKDB
        ? new DuckDbBulkWriter(connection)
        : new PostgresBulkWriter(connection);
  }

  /** Appends the rows to the table's stage, inside the connection's open transaction. */
  void write(Table table, List<Object[]> rows) throws SQLException;
}
