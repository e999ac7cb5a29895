package org.medtwin.store;

import java.util.Locale;

/**
 * How the store's engine may use the machine.
 *
 * @param duckDbMemoryLimit the most memory an embedded DuckDB may take outside the Java heap, in
 *     DuckDB's notation ({@code 2GB}, {@code 512MB}); above it DuckDB spills to disk. Without a
 *     limit DuckDB takes up to 80 % of the machine's memory. Ignored for PostgreSQL.
 */
public record StoreOptions(String duckDbMemoryLimit) {

  /** A two-gigabyte cap: enough for ingestion's merges, safe beside other programs. */
  public static final StoreOptions DEFAULT = new StoreOptions("2GB");

  public StoreOptions {
    if (duckDbMemoryLimit == null
        || !duckDbMemoryLimit.trim().toUpperCase(Locale.ROOT).matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KIB|MIB|GIB|TIB)")) {
      throw new IllegalArgumentException(
          "DuckDB memory limit '" + duckDbMemoryLimit + "' is not a size such as 2GB or 512MB.");
    }
  }
}
