package org.medtwin.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.store.Dialect;
import org.medtwin.store.StoreException;
import org.medtwin.store.table.FactRows;
import org.medtwin.store.table.FactTables;
import org.medtwin.store.table.LedgerTables;
import org.medtwin.store.table.Table;

/**
 * A bounded set of source records that lands in the store in one transaction: either all of it,
 * with the files it completes, or none of it. That is what makes an ingest killed at any moment
 * resumable: a re-run re-reads what was not committed, and recognises what was by key and content
 * hash.
 *
 * <p>Rows go first into staging tables by bulk load, then merge into the store with set-based
 * SQL: rows whose key is new are inserted, rows whose key exists with other content replace the
 * old row, identical rows are left alone.
 */
public final class IngestBatch {

  private static final List<Table> LEDGER =
      List.of(
          LedgerTables.SOURCE_RECORD, LedgerTables.QUARANTINE, LedgerTables.UNMODELED_RESOURCE,
          LedgerTables.UNMAPPED_CODE);

  private final Connection connection;
  private final BulkWriter writer;
  private final String runId;
  private final FactRows factRows = new FactRows();
  private final Map<Table, Map<List<Object>, Object[]>> staged = new LinkedHashMap<>();
  private final Map<String, String> recordHashes = new HashMap<>();
  private final Map<String, SourceCounts> counts = new LinkedHashMap<>();
  private final List<IngestedFile> files = new ArrayList<>();
  private int records;

  private IngestBatch(Connection connection, BulkWriter writer, String runId) {
    this.connection = connection;
    this.writer = writer;
    this.runId = runId;
  }

  /**
   * Starts a batch on a store connection whose staging tables exist.
   *
   * @throws StoreException when the engine's bulk loader is not available
   */
  public static IngestBatch start(Connection connection, Dialect dialect, String runId) {
    try {
      BulkWriter writer =
          dialect == Dialect.DUCKDB
              ? new DuckDbBulkWriter(connection)
              : new PostgresBulkWriter(connection);
      return new IngestBatch(connection, writer, runId);
    } catch (SQLException e) {
      throw new StoreException("Cannot start a bulk load: " + e.getMessage(), e);
    }
  }

  /**
   * Adds an accepted source record and everything it yields. When the same record key came
   * earlier in this batch, the later version wins, as it would across batches.
   */
  public void accept(
      String source,
      String recordKey,
      String contentHash,
      String file,
      String location,
      List<ClinicalRecord> facts,
      List<UnmodeledResource> unmodeled,
      List<UnmappedCode> unmapped) {
    List<Object[]> rows = new ArrayList<>(facts.size());
    for (ClinicalRecord fact : facts) {
      rows.add(factRows.row(fact, runId));
    }
    String nul = nulCharacter(facts, rows, unmodeled);
    if (nul != null) {
      quarantine(new QuarantineEntry(source, file, location, recordKey + ": " + nul
          + " No clinical text holds one, and PostgreSQL cannot store it; fix the record at the source.",
          String.valueOf(facts).getBytes(java.nio.charset.StandardCharsets.UTF_8), -1));
      return;
    }
    String earlier = recordHashes.put(source + '\u0000' + recordKey, contentHash);
    if (earlier != null) {
      records++;
      if (earlier.equals(contentHash)) {
        count(source, new SourceCounts(0, 1, 0));
        return;
      }
      // The staged row now holds the later version and is counted at commit; this one was loaded
      // over the earlier version.
      count(source, new SourceCounts(1, 0, 0));
    } else {
      records++;
    }
    stage(LedgerTables.SOURCE_RECORD, new Object[] {source, recordKey, contentHash, file, location, runId});
    for (int i = 0; i < facts.size(); i++) {
      stage(FactTables.of(facts.get(i)), rows.get(i));
    }
    for (UnmodeledResource resource : unmodeled) {
      stage(
          LedgerTables.UNMODELED_RESOURCE,
          new Object[] {
            resource.source(), resource.type(), resource.id(), resource.patientId(), resource.json(),
            FactRows.textHash(resource.json()), runId
          });
    }
    for (UnmappedCode code : unmapped) {
      stage(
          LedgerTables.UNMAPPED_CODE,
          new Object[] {code.source(), code.system(), code.code(), code.unit() == null ? "" : code.unit(), runId});
    }
  }

  private static String nulCharacter(
      List<ClinicalRecord> facts, List<Object[]> rows, List<UnmodeledResource> unmodeled) {
    for (int i = 0; i < rows.size(); i++) {
      Table table = FactTables.of(facts.get(i));
      Object[] row = rows.get(i);
      for (int c = 0; c < row.length; c++) {
        if (row[c] instanceof String text && text.indexOf('\u0000') >= 0) {
          return "column " + table.columns().get(c).name() + " of " + table.name()
              + " holds a NUL character.";
        }
      }
    }
    for (UnmodeledResource resource : unmodeled) {
      if (resource.json().indexOf('\u0000') >= 0) {
        return "the kept " + resource.type() + " holds a NUL character.";
      }
    }
    return null;
  }

  /** Adds a record that goes to the quarantine. */
  public void quarantine(QuarantineEntry entry) {
    stage(
        LedgerTables.QUARANTINE,
        new Object[] {
          entry.source(), entry.file(), entry.location(), entry.reason(), rawHash(entry),
          entry.rawLength(), entry.raw(), runId
        });
    count(entry.source(), new SourceCounts(0, 0, 1));
    records++;
  }

  /** Marks a file as read to its end; it is committed with this batch. */
  public void fileCompleted(IngestedFile file) {
    files.add(file);
  }

  /** How many source records the batch holds. */
  public int size() {
    return records;
  }

  /**
   * Writes the batch in one transaction and tells, per source, what was loaded and what was
   * already there.
   *
   * @throws StoreException when the database refuses the batch; nothing of it is then stored
   */
  public Map<String, SourceCounts> commit() {
    try {
      connection.setAutoCommit(false);
      for (Map.Entry<Table, Map<List<Object>, Object[]>> entry : staged.entrySet()) {
        writer.write(entry.getKey(), new ArrayList<>(entry.getValue().values()));
      }
      countLedger();
      for (Table table : staged.keySet()) {
        merge(table);
      }
      recordFiles();
      connection.commit();
      return Map.copyOf(counts);
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("The store refused a batch of " + records + " records: " + e.getMessage(), e);
    } finally {
      clearStages();
    }
  }

  private void stage(Table table, Object[] row) {
    List<Object> key = new ArrayList<>(table.key().size() + 1);
    for (String column : table.key()) {
      key.add(row[indexOf(table, column)]);
    }
    // Within one batch the last version of a fact wins, as it would across batches.
    staged.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, row);
  }

  private static int indexOf(Table table, String column) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(table.name() + " has no column " + column);
  }

  private void countLedger() throws SQLException {
    if (!staged.containsKey(LedgerTables.SOURCE_RECORD)) {
      return;
    }
    String sql =
        "SELECT s.source,"
            + " SUM(CASE WHEN r.record_key IS NULL OR r.content_hash <> s.content_hash THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.content_hash = s.content_hash THEN 1 ELSE 0 END)"
            + " FROM stage_source_record s LEFT JOIN source_record r"
            + " ON r.source = s.source AND r.record_key = s.record_key GROUP BY s.source";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        count(rows.getString(1), new SourceCounts(rows.getLong(2), rows.getLong(3), 0));
      }
    }
  }

  private void merge(Table table) throws SQLException {
    String stage = table.stageName();
    String keyMatch =
        table.key().stream()
            .map(c -> "s." + c + " = t." + c)
            .collect(Collectors.joining(" AND "));
    try (Statement statement = connection.createStatement()) {
      if (table.changeColumn() != null) {
        statement.executeUpdate(
            "DELETE FROM " + table.name() + " t WHERE EXISTS (SELECT 1 FROM " + stage + " s WHERE "
                + keyMatch + " AND s." + table.changeColumn() + " <> t." + table.changeColumn() + ")");
      }
      statement.executeUpdate(
          "INSERT INTO " + table.name() + " (" + table.columnList() + ") SELECT "
              + table.columnList() + " FROM " + stage + " s WHERE NOT EXISTS (SELECT 1 FROM "
              + table.name() + " t WHERE " + keyMatch + ")");
    }
  }

  private void recordFiles() throws SQLException {
    if (files.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM ingested_file WHERE source = ? AND path = ?");
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO ingested_file VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (IngestedFile file : files) {
        delete.setString(1, file.source());
        delete.setString(2, file.path());
        delete.executeUpdate();
        insert.setString(1, file.source());
        insert.setString(2, file.path());
        insert.setLong(3, file.sizeBytes());
        insert.setString(4, file.sha256());
        insert.setLong(5, file.records());
        insert.setLong(6, file.quarantined());
        insert.setString(7, file.runId());
        insert.executeUpdate();
      }
    }
  }

  private void count(String source, SourceCounts delta) {
    counts.merge(source, delta, SourceCounts::plus);
  }

  private void clearStages() {
    try (Statement statement = connection.createStatement()) {
      for (Table table : staged.keySet()) {
        statement.executeUpdate("DELETE FROM " + table.stageName());
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new StoreException("Could not clear the staging tables: " + e.getMessage(), e);
    } finally {
      staged.clear();
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The original failure is the one worth reporting.
    }
  }

  private static String rawHash(QuarantineEntry entry) {
    // The full length joins the hash so that two records cut at the same first megabyte differ.
    return FactRows.bytesHash(entry.raw(), 0, entry.raw().length) + ":" + entry.rawLength();
  }


  /** The tables a batch stages into, for the store to create their temporary twins. */
  static List<Table> stagedTables() {
    List<Table> all = new ArrayList<>(FactTables.ALL);
    all.addAll(LEDGER);
    return all;
  }
}
