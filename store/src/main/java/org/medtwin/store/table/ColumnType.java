package org.medtwin.store.table;

/** The SQL types the store's tables use, each with the Java type a row value must have. */
public enum ColumnType {
  /** {@code VARCHAR}; Java {@link String}. */
  TEXT,
  /** {@code DATE}; Java {@link java.time.LocalDate}. */
  DATE,
  /** {@code TIMESTAMP} in UTC; Java {@link java.time.LocalDateTime}. */
  TIMESTAMP,
  /** {@code FLOAT8}; Java {@link Double}. */
  DOUBLE,
  /** {@code INTEGER}; Java {@link Integer}. */
  INTEGER,
  /** {@code BIGINT}; Java {@link Long}. */
  BIGINT,
  /** {@code BYTEA} / {@code BLOB}; Java {@code byte[]}. */
  BYTES
}
