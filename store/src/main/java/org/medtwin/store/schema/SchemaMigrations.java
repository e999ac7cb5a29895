package org.medtwin.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.medtwin.store.StoreException;

/**
 * Brings a store's schema up to the version this build expects, one numbered SQL file at a time,
 * each in its own transaction, and refuses a store written by a newer MedTwin.
 */
public final class SchemaMigrations {

  /** The migrations in order; the number in each name is its version. */
  static final List<String> MIGRATIONS = List.of("V1__patient_store.sql", "V2__person_index.sql", "V3__golden_record.sql",
      "V4__governance.sql");

  private SchemaMigrations() {}

  /** The schema version this build writes. */
  public static int latestVersion() {
    return MIGRATIONS.size();
  }

  /**
   * Applies every migration the store lacks.
   *
   * @throws StoreException when the store is newer than this build or a migration fails
   */
  public static void apply(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      createVersionTable(connection);
      int current = currentVersion(connection);
      if (current > latestVersion()) {
        throw new StoreException(
            "The store has schema version " + current + " but this MedTwin knows only up to "
                + latestVersion() + ". Use a newer MedTwin or another --store.");
      }
      for (int version = current + 1; version <= latestVersion(); version++) {
        applyOne(connection, version, MIGRATIONS.get(version - 1));
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void createVersionTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL,"
              + " description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    connection.commit();
  }

  private static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void applyOne(Connection connection, int version, String name)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(name))) {
        statement.execute(sql);
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO schema_version VALUES (?, ?, CAST(? AS TIMESTAMP))")) {
        insert.setInt(1, version);
        insert.setString(2, name);
        insert.setString(3, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).toString().replace('T', ' '));
        insert.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw new StoreException("Schema migration " + name + " failed: " + e.getMessage(), e);
    }
  }

  private static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.stripLeading().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(withoutComments.toString().split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String read(String name) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new StoreException("Migration " + name + " is missing from the MedTwin build.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("Migration " + name + " could not be read: " + e.getMessage(), e);
    }
  }
}
