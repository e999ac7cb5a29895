package org.medtwin.store.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;
import org.medtwin.store.ingest.BulkWriter;
import org.medtwin.store.table.ColumnType;
import org.medtwin.store.table.Table;

/**
 * Reads and writes the master patient index: person links, linkage runs and their models. A run's
 * links, its run row and its model land in one transaction; links go by bulk load (DuckDB's
 * appender or PostgreSQL's {@code COPY}) into a staging table, then replace the stored rows of the
 * same records with set-based SQL.
 */
public final class PersonIndexTables {

  /** The {@code person_link} table as the bulk loader sees it. */
  static final Table PERSON_LINK =
      Table.named("person_link")
          .text("source", "record_id", "person_id", "run_id")
          .column("match_probability", ColumnType.DOUBLE)
          .text("content_hash")
          .key("source", "record_id")
          .build();

  private final PatientStore store;
  private boolean stageReady;

  /** The index tables of a store. */
  public PersonIndexTables(PatientStore store) {
    this.store = store;
  }

  /**
   * Every person link, ordered by source and record id.
   *
   * @throws StoreException when the store cannot be read
   */
  public List<PersonLink> links() {
    String sql = "SELECT source, record_id, person_id, run_id, match_probability, content_hash"
        + " FROM person_link ORDER BY source, record_id";
    try (Statement statement = connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      List<PersonLink> links = new ArrayList<>();
      while (row.next()) {
        links.add(new PersonLink(row.getString(1), row.getString(2), row.getString(3),
            row.getString(4), row.getDouble(5), row.getString(6)));
      }
      return links;
    } catch (SQLException e) {
      throw failure("read the person links", e);
    }
  }

  /**
   * The latest full or incremental run, if any.
   *
   * @throws StoreException when the store cannot be read
   */
  public Optional<LinkRun> latestRun() {
    String sql = "SELECT run_id, mode, started_at, seconds, records, new_records, persons,"
        + " pairs_compared, model_run_id, prior FROM link_run ORDER BY started_at DESC, run_id";
    try (Statement statement = connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(new LinkRun(row.getString(1), row.getString(2),
          row.getTimestamp(3).toLocalDateTime(), row.getDouble(4), row.getLong(5), row.getLong(6),
          row.getLong(7), row.getLong(8), row.getString(9), row.getDouble(10)));
    } catch (SQLException e) {
      throw failure("read the linkage runs", e);
    }
  }

  /**
   * The model a full run trained, level by level in comparison order; empty when it has none.
   *
   * @throws StoreException when the store cannot be read
   */
  public List<ModelLevel> model(String runId) {
    try (PreparedStatement query = connection().prepareStatement(
        "SELECT comparison_index, comparison, level_index, label, m, u FROM link_model"
            + " WHERE run_id = ? ORDER BY comparison_index, level_index")) {
      query.setString(1, runId);
      List<ModelLevel> levels = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          levels.add(new ModelLevel(row.getInt(1), row.getString(2), row.getInt(3),
              row.getString(4), row.getDouble(5), row.getDouble(6)));
        }
      }
      return levels;
    } catch (SQLException e) {
      throw failure("read the linkage model of run " + runId, e);
    }
  }

  /**
   * Stores a run in one transaction: its row, its model (when it trained one) and its links.
   *
   * @param model the levels of the model the run trained; empty when it reused one
   * @param links the links the run placed; they replace the stored links of the same records
   * @param replaceAll whether every other stored link goes (a full run) or stays (incremental)
   * @throws StoreException when the store refuses the run; nothing of it is then stored
   */
  public void commit(LinkRun run, List<ModelLevel> model, List<PersonLink> links, boolean replaceAll) {
    Connection connection = connection();
    try {
      prepareStage();
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        List<Object[]> rows = new ArrayList<>(links.size());
        for (PersonLink link : links) {
          rows.add(new Object[] {link.source(), link.recordId(), link.personId(), link.runId(),
              link.matchProbability(), link.contentHash()});
        }
        BulkWriter.of(connection, store.dialect()).write(PERSON_LINK, rows);
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate(replaceAll
              ? "DELETE FROM person_link"
              : "DELETE FROM person_link t WHERE EXISTS (SELECT 1 FROM stage_person_link s"
                  + " WHERE s.source = t.source AND s.record_id = t.record_id)");
          statement.executeUpdate("INSERT INTO person_link (" + PERSON_LINK.columnList()
              + ") SELECT " + PERSON_LINK.columnList() + " FROM stage_person_link");
          statement.executeUpdate("DELETE FROM stage_person_link");
        }
        insertRun(connection, run);
        insertModel(connection, run.runId(), model);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure("store linkage run " + run.runId(), e);
    }
  }

  private static void insertRun(Connection connection, LinkRun run) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO link_run VALUES (?, ?, CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, run.runId());
      insert.setString(2, run.mode());
      insert.setString(3, run.startedAt().toString().replace('T', ' '));
      insert.setDouble(4, run.seconds());
      insert.setLong(5, run.records());
      insert.setLong(6, run.newRecords());
      insert.setLong(7, run.persons());
      insert.setLong(8, run.pairsCompared());
      insert.setString(9, run.modelRunId());
      insert.setDouble(10, run.prior());
      insert.executeUpdate();
    }
  }

  private static void insertModel(Connection connection, String runId, List<ModelLevel> model)
      throws SQLException {
    if (model.isEmpty()) {
      return;
    }
    // A model is a few dozen rows: a batch of inserts is as fast as a bulk load here.
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO link_model VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (ModelLevel level : model) {
        insert.setString(1, runId);
        insert.setInt(2, level.comparisonIndex());
        insert.setString(3, level.comparison());
        insert.setInt(4, level.levelIndex());
        insert.setString(5, level.label());
        insert.setDouble(6, level.m());
        insert.setDouble(7, level.u());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void prepareStage() throws SQLException {
    if (stageReady) {
      return;
    }
    try (Statement statement = connection().createStatement()) {
      statement.execute("CREATE TEMP TABLE IF NOT EXISTS stage_person_link AS SELECT * FROM"
          + " person_link WHERE 1 = 0");
    }
    if (!connection().getAutoCommit()) {
      connection().commit();
    }
    stageReady = true;
  }

  private Connection connection() {
    return store.connection();
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(
        "Cannot " + what + " in " + store.location().redacted() + ": " + e.getMessage(), e);
  }
}
