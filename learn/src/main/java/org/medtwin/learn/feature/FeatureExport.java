package org.medtwin.learn.feature;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Writes a feature matrix with its split for other tools: CSV with the header
 * {@code person,split,label,<features>} (an indicator or count absent is 0, a continuous value
 * missing is empty), or Parquet (by the file's extension) through DuckDB's {@code COPY}.
 */
public final class FeatureExport {

  private FeatureExport() {}

  /**
   * Writes the matrix; rows of persons in neither part of the split are left out.
   *
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException for an extension other than .csv or .parquet
   */
  public static void write(FeatureMatrix m, PersonSplit split, Path out) throws IOException {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      writeCsv(m, split, out);
    } else if (name.endsWith(".parquet")) {
      Path csv = Files.createTempFile("medtwin-features", ".csv");
      try {
        writeCsv(m, split, csv);
        toParquet(csv, out);
      } finally {
        Files.deleteIfExists(csv);
      }
    } else {
      throw new IllegalArgumentException("Cannot tell the format of " + out + ". Maybe end it with .csv or .parquet?");
    }
  }

  private static void writeCsv(FeatureMatrix m, PersonSplit split, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("person,split,label");
      for (FeatureColumn c : m.columns()) {
        w.write(',');
        w.write(c.name());
      }
      w.write('\n');
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < m.rows(); i++) {
        String part = split.partOf(m.persons().get(i));
        if (part == null) {
          continue;
        }
        line.setLength(0);
        line.append(m.persons().get(i)).append(',').append(part).append(',').append(m.labels()[i]);
        double[] row = m.denseRow(i);
        for (double v : row) {
          line.append(',');
          if (!Double.isNaN(v)) {
            // Shortest text that reads back as the same float the models see.
            line.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Float.toString((float) v));
          }
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  private static void toParquet(Path csv, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
      s.execute("COPY (SELECT * FROM read_csv('" + sqlText(csv) + "', header = true, sample_size = -1,"
          + " types = {'person': 'VARCHAR', 'split': 'VARCHAR', 'label': 'INTEGER'})) TO '" + sqlText(out) + "' (FORMAT PARQUET)");
    } catch (SQLException e) {
      throw new IOException("DuckDB could not write " + out + ": " + e.getMessage(), e);
    }
  }

  private static String sqlText(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }
}
