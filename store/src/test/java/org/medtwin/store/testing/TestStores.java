package org.medtwin.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.medtwin.store.Dialect;
import org.medtwin.store.StoreLocation;

/**
 * Fresh, empty store locations for tests: a DuckDB file in a temporary folder, or a new database
 * on the PostgreSQL server that {@code .ci/start-postgres.sh} starts (its URL in the environment
 * variable {@code MEDTWIN_TEST_POSTGRES_URL}).
 */
public final class TestStores {

  /** The environment variable that holds the test server's JDBC URL. */
  public static final String POSTGRES_URL_VARIABLE = "MEDTWIN_TEST_POSTGRES_URL";

  private TestStores() {}

  /** A new store of the given kind. */
  public static StoreLocation fresh(Dialect dialect, Path tempDir) {
    return dialect == Dialect.DUCKDB ? duckDb(tempDir) : postgres();
  }

  /** A new DuckDB file in the folder. */
  public static StoreLocation duckDb(Path tempDir) {
    return StoreLocation.parse(tempDir.resolve("store-" + UUID.randomUUID() + ".duckdb").toString());
  }

  /** A new, empty database on the test PostgreSQL server. */
  public static StoreLocation postgres() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "Integration tests need PostgreSQL: run `eval export " + POSTGRES_URL_VARIABLE
              + "=$(.ci/start-postgres.sh)` first (it installs and starts a local server).");
    }
    String database = "medtwin_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = DriverManager.getConnection(url);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
    }
    return StoreLocation.parse(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
  }
}
