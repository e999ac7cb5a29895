package org.medtwin.store;

/** The database engines the patient store runs on. */
public enum Dialect {
  /** An embedded DuckDB file: the default, nothing to install. */
  DUCKDB,
  /** A PostgreSQL server, for sites that run one. */
  POSTGRESQL
}
