package org.medtwin.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.medtwin.store.StoreException;
import org.medtwin.store.table.Table;

/** Records when each ingest run started and finished, and hands out batches for a run. */
public final class IngestRuns {

  private final Connection connection;

  /** The runs of the store behind the connection. */
  public IngestRuns(Connection connection) {
    this.connection = connection;
  }

  /** Records that a run started reading the given input. */
  public void started(String runId, String input) {
    update(
        "INSERT INTO ingest_run (run_id, input, started_at, status) VALUES (?, ?, CAST(? AS TIMESTAMP), 'running')",
        runId, input, now());
  }

  /** Records that a run finished. */
  public void finished(String runId) {
    update(
        "UPDATE ingest_run SET finished_at = CAST(? AS TIMESTAMP), status = 'finished' WHERE run_id = ?",
        now(), runId);
  }

  /** Records that a run stopped on an error. */
  public void failed(String runId) {
    update("UPDATE ingest_run SET status = 'failed' WHERE run_id = ?", runId);
  }

  /** The tables a batch stages into. */
  public static List<Table> stagedTables() {
    return IngestBatch.stagedTables();
  }

  private void update(String sql, String... parameters) {
    try {
      boolean autoCommit = connection.getAutoCommit();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setString(i + 1, parameters[i]);
        }
        statement.executeUpdate();
      }
      if (!autoCommit) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot record the ingest run: " + e.getMessage(), e);
    }
  }

  private static String now() {
    return LocalDateTime.now(ZoneOffset.UTC).toString().replace('T', ' ');
  }
}
