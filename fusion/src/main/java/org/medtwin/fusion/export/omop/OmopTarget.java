package org.medtwin.fusion.export.omop;

import java.nio.file.Path;

/** Where an OMOP export goes: a DuckDB file, a PostgreSQL schema, or a folder of CSV files. */
public sealed interface OmopTarget {

  /** A new DuckDB file holding the CDM in schema {@code main}. */
  record DuckDbFile(Path file) implements OmopTarget {}

  /** A schema, new or empty of CDM tables, in a PostgreSQL database. */
  record Postgres(String jdbcUrl, String schema) implements OmopTarget {}

  /** A new or empty folder with one CSV file (with header) per CDM table that has rows. */
  record CsvFolder(Path dir) implements OmopTarget {}
}
