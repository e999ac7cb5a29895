package org.medtwin.store;

import java.nio.file.Path;

/**
 * Where the patient store lives: a DuckDB file path or a JDBC URL, as given to {@code --store}.
 *
 * @param value the path or URL
 */
public record StoreLocation(String value) {

  /** Where the store lives when nobody says otherwise. */
  public static final String DEFAULT = "medtwin-data/medtwin.duckdb";

  public StoreLocation {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "The store location is empty. Give a DuckDB file path or a JDBC URL such as"
              + " jdbc:postgresql://localhost/medtwin.");
    }
  }

  /** Parses a {@code --store} value; a {@code jdbc:} prefix means a database server. */
  public static StoreLocation parse(String value) {
    return new StoreLocation(value == null ? DEFAULT : value.trim());
  }

  /** Which engine the location names. */
  public Dialect dialect() {
    if (value.startsWith("jdbc:postgresql:")) {
      return Dialect.POSTGRESQL;
    }
    if (value.startsWith("jdbc:duckdb:") || !value.startsWith("jdbc:")) {
      return Dialect.DUCKDB;
    }
    throw new IllegalArgumentException(
        "Store URL '" + redacted() + "' names a database MedTwin does not support."
            + " Use a DuckDB file path or a jdbc:postgresql: URL.");
  }

  /** The JDBC URL to connect with. */
  public String jdbcUrl() {
    return value.startsWith("jdbc:") ? value : "jdbc:duckdb:" + Path.of(value).toAbsolutePath();
  }

  /** The location with any password removed, fit for logs and messages. */
  public String redacted() {
    return value.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
  }

  @Override
  public String toString() {
    return redacted();
  }
}
