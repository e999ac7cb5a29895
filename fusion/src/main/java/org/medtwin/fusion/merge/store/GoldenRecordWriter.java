package org.medtwin.fusion.merge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.merge.Conflict;
import org.medtwin.fusion.merge.GoldenRecord;
import org.medtwin.fusion.merge.MergedFact;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;

/**
 * Replaces the store's golden records with a merge run's, in one transaction: rows go into
 * temporary staging tables by batched inserts, then set-based SQL deletes the stored rows whose
 * content hash the run no longer has and inserts the staged rows the store lacks. A row whose
 * content did not change keeps its original run id, so a re-run on the same input changes nothing.
 */
public final class GoldenRecordWriter {

  private static final int BATCH = 1_000;

  private final PatientStore store;

  /** A writer into the given store. */
  public GoldenRecordWriter(PatientStore store) {
    this.store = store;
  }

  /**
   * Writes the golden records of every linked person; persons absent from {@code records} lose
   * their golden rows.
   *
   * @throws StoreException when the store rejects the write; nothing is changed then
   */
  public MergeSummary write(List<GoldenRecord> records, String runId) {
    GoldenRows rows = new GoldenRows(runId);
    Map<GoldenTable, List<Object[]>> staged = Map.of(
        GoldenTable.PATIENT, new ArrayList<>(), GoldenTable.FACT_SOURCE, new ArrayList<>(),
        GoldenTable.CONFLICT, new ArrayList<>());
    long sourceFacts = 0;
    long mergedFacts = 0;
    long conflicts = 0;
    for (GoldenRecord record : records) {
      staged.get(GoldenTable.PATIENT).add(rows.patient(record.patient()));
      for (MergedFact fact : record.facts()) {
        staged.get(GoldenTable.FACT_SOURCE).addAll(rows.factSources(record.patient().personId(), fact));
        sourceFacts += fact.sourceFacts().size();
        mergedFacts++;
      }
      for (Conflict conflict : record.conflicts()) {
        staged.get(GoldenTable.CONFLICT).add(rows.conflict(conflict));
        conflicts++;
      }
    }
    Connection connection = store.connection();
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        long changed = 0;
        for (GoldenTable table : GoldenTable.ALL) {
          changed += replace(connection, table, staged.get(table));
        }
        MergeSummary summary =
            new MergeSummary(runId, records.size(), sourceFacts, mergedFacts, conflicts, changed);
        recordRun(connection, summary);
        connection.commit();
        return summary;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot write golden records to " + store.location().redacted() + ": " + e.getMessage(), e);
    }
  }

  private static long replace(Connection connection, GoldenTable table, List<Object[]> rows) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + table.stageName() + " AS SELECT * FROM "
          + table.name() + " WHERE 1 = 0");
      statement.execute("DELETE FROM " + table.stageName());
    }
    String insert = "INSERT INTO " + table.stageName() + " (" + String.join(", ", table.columns())
        + ") VALUES (" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      int pending = 0;
      for (Object[] row : rows) {
        for (int c = 0; c < row.length; c++) {
          if (row[c] == null) {
            statement.setNull(c + 1, table.types().get(c));
          } else {
            statement.setObject(c + 1, row[c]);
          }
        }
        statement.addBatch();
        if (++pending == BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
    String hash = table.columns().get(table.hashColumn());
    try (Statement statement = connection.createStatement()) {
      int deleted = statement.executeUpdate("DELETE FROM " + table.name() + " WHERE NOT EXISTS (SELECT 1 FROM "
          + table.stageName() + " s WHERE s." + hash + " = " + table.name() + "." + hash + ")");
      int inserted = statement.executeUpdate("INSERT INTO " + table.name() + " SELECT * FROM " + table.stageName()
          + " s WHERE NOT EXISTS (SELECT 1 FROM " + table.name() + " g WHERE g." + hash + " = s." + hash + ")");
      return deleted + (long) inserted;
    }
  }

  private static void recordRun(Connection connection, MergeSummary summary) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO merge_run (run_id, finished_at, persons, source_facts, merged_facts, conflicts,"
            + " rows_changed) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, summary.runId());
      insert.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
      insert.setLong(3, summary.persons());
      insert.setLong(4, summary.sourceFacts());
      insert.setLong(5, summary.mergedFacts());
      insert.setLong(6, summary.conflicts());
      insert.setLong(7, summary.rowsChanged());
      insert.executeUpdate();
    }
  }
}
