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
 * on the PostgreSQL server named by the environment variable {@code MEDTWIN_TEST_POSTGRES_URL},
 * or, without it, the one {@code .ci/start-postgres.sh} installs and starts.
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
    String url = serverUrl();
    String database = "medtwin_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = DriverManager.getConnection(url);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
    }
    return StoreLocation.parse(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
  }

  private static String serverUrl;

  /**
   * The test server's URL: from the environment when CI set it, otherwise from starting the
   * server with the project's own script, so that {@code ./mvnw verify} works on a fresh machine.
   */
  private static synchronized String serverUrl() {
    if (serverUrl == null) {
      String url = System.getenv(POSTGRES_URL_VARIABLE);
      serverUrl = url == null || url.isBlank() ? startServer() : url;
    }
    return serverUrl;
  }

  private static String startServer() {
    Path script = findScript();
    try {
      Process process =
          new ProcessBuilder("bash", script.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      if (process.waitFor() != 0 || !output.startsWith("jdbc:postgresql:")) {
        throw new IllegalStateException(script + " could not start PostgreSQL: " + output);
      }
      return output.lines().reduce((first, second) -> second).orElseThrow();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot run " + script + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting PostgreSQL.", e);
    }
  }

  private static Path findScript() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve(".ci/start-postgres.sh");
      if (java.nio.file.Files.isRegularFile(script)) {
        return script;
      }
    }
    throw new IllegalStateException(
        "Integration tests need PostgreSQL: set " + POSTGRES_URL_VARIABLE
            + " or run them inside the MedTwin checkout, whose .ci/start-postgres.sh starts one.");
  }
}
