package org.medtwin.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.medtwin.store.ingest.IngestBatch;
import org.medtwin.store.ingest.IngestRuns;
import org.medtwin.store.ingest.IngestedFile;
import org.medtwin.store.quarantine.QuarantineRecords;
import org.medtwin.store.schema.SchemaMigrations;

/**
 * The patient store: one DuckDB file by default, or a PostgreSQL database, holding every source's
 * clinical facts, the ingest ledger and the quarantine. Opening it brings its schema up to date.
 */
public final class PatientStore implements AutoCloseable {

  private final StoreLocation location;
  private final Dialect dialect;
  private final Connection connection;
  private boolean stagesReady;

  private PatientStore(StoreLocation location, Dialect dialect, Connection connection) {
    this.location = location;
    this.dialect = dialect;
    this.connection = connection;
  }

  /**
   * Opens (and for a DuckDB file, creates) the store and migrates its schema.
   *
   * @throws StoreException when the database cannot be reached or is in use; the message names the
   *     location without its password
   */
  public static PatientStore open(StoreLocation location) {
    return open(location, StoreOptions.DEFAULT);
  }

  /**
   * Opens (and for a DuckDB file, creates) the store with the given engine options and migrates
   * its schema.
   *
   * @throws StoreException when the database cannot be reached or is in use
   */
  public static PatientStore open(StoreLocation location, StoreOptions options) {
    Dialect dialect = location.dialect();
    try {
      if (dialect == Dialect.DUCKDB && !location.value().startsWith("jdbc:")) {
        Path parent = Path.of(location.value()).toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      }
      Connection connection = DriverManager.getConnection(location.jdbcUrl());
      if (dialect == Dialect.DUCKDB) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET memory_limit = '" + options.duckDbMemoryLimit().trim() + "'");
        }
      }
      SchemaMigrations.apply(connection);
      return new PatientStore(location, dialect, connection);
    } catch (SQLException e) {
      throw new StoreException(openFailure(location, e), e);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new StoreException("Cannot create the folder for store " + location + ": " + e.getFile()
          + " is a file, not a folder. Give a --store path in a folder.", e);
    } catch (java.io.IOException e) {
      throw new StoreException("Cannot create the folder for store " + location + ": " + e.getMessage(), e);
    }
  }

  private static String openFailure(StoreLocation location, SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
      return "Store " + location + " is in use by another MedTwin process. Wait for it to finish"
          + " or give another --store.";
    }
    return "Cannot open store " + location + ": " + message;
  }

  /** Where the store lives. */
  public StoreLocation location() {
    return location;
  }

  /** Which engine holds the store. */
  public Dialect dialect() {
    return dialect;
  }

  /** Starts a batch of records to be written in one transaction for the given run. */
  public IngestBatch newBatch(String runId) {
    prepareStages();
    return IngestBatch.start(connection, dialect, runId);
  }

  /** The ingest runs of this store. */
  public IngestRuns runs() {
    return new IngestRuns(connection);
  }

  /** The quarantine of this store. */
  public QuarantineRecords quarantine() {
    return new QuarantineRecords(connection);
  }

  /** Every file earlier runs committed, keyed by {@code source + "/" + path}. */
  public java.util.Map<String, IngestedFile> ingestedFiles() {
    java.util.Map<String, IngestedFile> files = new java.util.HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT source, path, size_bytes, sha256, records, quarantined, run_id FROM ingested_file")) {
      while (row.next()) {
        IngestedFile file =
            new IngestedFile(
                row.getString(1), row.getString(2), row.getLong(3), row.getString(4), row.getLong(5),
                row.getLong(6), row.getString(7));
        files.put(file.source() + "/" + file.path(), file);
      }
      return files;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the ingested files of " + location + ": " + e.getMessage(), e);
    }
  }

  /** The number of rows in a store table. */
  public long count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("'" + table + "' is not a store table name.");
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("Cannot count " + table + " in " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * The store's JDBC connection, for read queries of the modules above (cohorts, exports). Writes
   * go through {@link #newBatch(String)}.
   */
  public Connection connection() {
    return connection;
  }

  private void prepareStages() {
    if (stagesReady) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (org.medtwin.store.table.Table table : IngestRuns.stagedTables()) {
        statement.execute(
            "CREATE TEMP TABLE IF NOT EXISTS " + table.stageName() + " AS SELECT * FROM "
                + table.name() + " WHERE 1 = 0");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      stagesReady = true;
    } catch (SQLException e) {
      throw new StoreException("Cannot prepare staging tables in " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Cannot close store " + location + ": " + e.getMessage(), e);
    }
  }
}
