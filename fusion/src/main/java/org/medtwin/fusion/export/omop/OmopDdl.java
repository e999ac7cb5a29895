package org.medtwin.fusion.export.omop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The official OMOP CDM 5.4 DDL of OHDSI's CommonDataModel repository (Apache License 2.0), shipped
 * byte for byte as resources ({@code omop/duckdb}, {@code omop/postgresql}, see {@code
 * omop/NOTICE.md}), rendered for one schema: SqlRender's {@code @cdmDatabaseSchema} placeholder
 * replaced and the file cut into statements.
 */
final class OmopDdl {

  /** The four files, in the order OHDSI runs them. */
  enum Part {
    DDL("ddl"),
    PRIMARY_KEYS("primary_keys"),
    CONSTRAINTS("constraints"),
    INDICES("indices");

    private final String file;

    Part(String file) {
      this.file = file;
    }
  }

  /** Engines the DDL ships for. */
  enum Engine {
    DUCKDB("duckdb"),
    POSTGRESQL("postgresql");

    private final String folder;

    Engine(String folder) {
      this.folder = folder;
    }
  }

  private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  private OmopDdl() {}

  /** The resource path of one file. */
  static String resource(Engine engine, Part part) {
    return engine.folder + "/OMOPCDM_" + engine.folder + "_5.4_" + part.file + ".sql";
  }

  /**
   * The statements of one file for the schema.
   *
   * @throws IllegalArgumentException when the schema name is not a plain SQL identifier
   */
  static List<String> statements(Engine engine, Part part, String schema) {
    if (schema == null || !SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("OMOP schema name '" + schema + "' is not a plain SQL identifier"
          + " (letters, digits, underscore). Maybe --schema cdm?");
    }
    String sql = read(resource(engine, part)).replace("@cdmDatabaseSchema", schema);
    List<String> statements = new ArrayList<>();
    // The official files hold no string literals, so a semicolon always ends a statement.
    for (String chunk : sql.split(";")) {
      if (!withoutComments(chunk).isBlank()) {
        statements.add(chunk.strip());
      }
    }
    return statements;
  }

  private static String withoutComments(String chunk) {
    return chunk.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
  }

  private static String read(String resource) {
    try (InputStream in = OmopDdl.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The OMOP DDL resource " + resource + " is missing from the MedTwin jar.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OMOP DDL " + resource + ": " + e.getMessage(), e);
    }
  }
}
