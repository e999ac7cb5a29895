package org.medtwin.fusion.export.omop;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * An OMOP CDM 5.4 database being filled: created from the official DDL, written row by row (through
 * DuckDB's appender, or batched inserts on PostgreSQL), then given its primary keys, foreign keys
 * (PostgreSQL) and indices. Values are coerced to the column types the DDL declares; text longer
 * than its column is cut to fit and counted.
 */
final class OmopDatabase implements AutoCloseable {

  private static final int BATCH = 5_000;

  private final Connection connection;
  private final OmopDdl.Engine engine;
  private final String schema;
  private final Map<String, List<Column>> columns = new HashMap<>();
  private final Map<String, DuckDBAppender> appenders = new HashMap<>();
  private final Map<String, PreparedStatement> inserts = new HashMap<>();
  private final Map<String, Integer> pending = new HashMap<>();
  private final Map<String, Long> truncated = new TreeMap<>();

  private OmopDatabase(Connection connection, OmopDdl.Engine engine, String schema) {
    this.connection = connection;
    this.engine = engine;
    this.schema = schema;
  }

  /**
   * Opens the database and creates the CDM tables in the schema, which must not hold them yet.
   *
   * @throws SQLException when the database cannot be reached or the tables cannot be created
   */
  static OmopDatabase create(String jdbcUrl, OmopDdl.Engine engine, String schema) throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl);
    OmopDatabase database = new OmopDatabase(connection, engine, schema);
    try {
      database.createTables();
      return database;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private void createTables() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      try (ResultSet existing = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
          + " WHERE table_schema = '" + schema + "' AND lower(table_name) = 'person'")) {
        existing.next();
        if (existing.getLong(1) > 0) {
          throw new IllegalArgumentException("Schema " + schema + " already holds OMOP tables. Give a new --schema"
              + " or drop that one first.");
        }
      }
    }
    run(OmopDdl.Part.DDL);
    if (engine == OmopDdl.Engine.DUCKDB) {
      widenNumericColumns();
    }
    if (engine == OmopDdl.Engine.POSTGRESQL) {
      connection.setAutoCommit(false);
    }
    readColumns();
  }

  /** DuckDB reads a bare NUMERIC as DECIMAL(18,3), which would round 0.0045 to 0.005. */
  private void widenNumericColumns() throws SQLException {
    List<String[]> numeric = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
            + " WHERE table_schema = '" + schema + "' AND data_type LIKE 'DECIMAL%'")) {
      while (row.next()) {
        numeric.add(new String[] {row.getString(1), row.getString(2)});
      }
    }
    for (String[] column : numeric) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE " + schema + "." + column[0] + " ALTER COLUMN " + column[1] + " TYPE DOUBLE");
      }
    }
  }

  private void readColumns() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT lower(table_name), lower(column_name), data_type,"
            + " character_maximum_length FROM information_schema.columns WHERE table_schema = '" + schema
            + "' ORDER BY table_name, ordinal_position")) {
      while (row.next()) {
        int length = row.getInt(4);
        columns.computeIfAbsent(row.getString(1), t -> new ArrayList<>())
            .add(new Column(row.getString(2), Kind.of(row.getString(3)), row.wasNull() ? 0 : length));
      }
    }
  }

  /** Every column of a table, in table order. */
  List<String> columnNames(String table) {
    return columns(table).stream().map(Column::name).toList();
  }

  /**
   * Writes one row; columns it does not name are null.
   *
   * @throws IllegalArgumentException when the row names a column the table lacks (a defect)
   */
  void insert(String table, Map<String, Object> row) throws SQLException {
    List<Column> tableColumns = columns(table);
    for (String name : row.keySet()) {
      if (tableColumns.stream().noneMatch(c -> c.name().equals(name))) {
        throw new IllegalArgumentException("OMOP table " + table + " has no column " + name + ".");
      }
    }
    Object[] values = new Object[tableColumns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = coerce(table, tableColumns.get(i), row.get(tableColumns.get(i).name()));
    }
    if (engine == OmopDdl.Engine.DUCKDB) {
      append(table, values);
    } else {
      batch(table, values);
    }
  }

  private void append(String table, Object[] values) throws SQLException {
    DuckDBAppender appender = appenders.get(table);
    if (appender == null) {
      appender = connection.unwrap(DuckDBConnection.class).createAppender(schema, table);
      appenders.put(table, appender);
    }
    appender.beginRow();
    for (Object value : values) {
      if (value == null) {
        appender.appendNull();
      } else if (value instanceof Integer i) {
        appender.append(i.intValue());
      } else if (value instanceof Long l) {
        appender.append(l.longValue());
      } else if (value instanceof Double d) {
        appender.append(d.doubleValue());
      } else if (value instanceof LocalDate d) {
        appender.append(d);
      } else if (value instanceof LocalDateTime t) {
        appender.append(t);
      } else {
        appender.append(value.toString());
      }
    }
    appender.endRow();
  }

  private void batch(String table, Object[] values) throws SQLException {
    PreparedStatement insert = inserts.get(table);
    if (insert == null) {
      String placeholders = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
      insert = connection.prepareStatement("INSERT INTO " + schema + "." + table + " VALUES (" + placeholders + ")");
      inserts.put(table, insert);
    }
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof LocalDate d) {
        insert.setObject(i + 1, d);
      } else if (value instanceof LocalDateTime t) {
        insert.setTimestamp(i + 1, Timestamp.valueOf(t));
      } else {
        insert.setObject(i + 1, value);
      }
    }
    insert.addBatch();
    if (pending.merge(table, 1, Integer::sum) >= BATCH) {
      insert.executeBatch();
      pending.put(table, 0);
    }
  }

  /**
   * Flushes every row, then adds the primary keys, the foreign keys (PostgreSQL; DuckDB cannot add
   * them with ALTER TABLE) and the indices of the official DDL.
   *
   * @throws SQLException when a key does not hold or a statement fails
   */
  void finish() throws SQLException {
    for (DuckDBAppender appender : appenders.values()) {
      appender.close();
    }
    appenders.clear();
    for (Map.Entry<String, PreparedStatement> insert : inserts.entrySet()) {
      insert.getValue().executeBatch();
      insert.getValue().close();
    }
    inserts.clear();
    run(OmopDdl.Part.PRIMARY_KEYS);
    if (engine == OmopDdl.Engine.POSTGRESQL) {
      run(OmopDdl.Part.CONSTRAINTS);
    }
    run(OmopDdl.Part.INDICES);
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  /** Writes every table with rows as a CSV file with a header into the folder (DuckDB only). */
  List<Path> copyToCsv(Path dir) throws SQLException {
    List<Path> files = new ArrayList<>();
    for (String table : new TreeMap<>(columns).keySet()) {
      if (count(table) == 0) {
        continue;
      }
      Path file = dir.resolve(table + ".csv");
      try (Statement statement = connection.createStatement()) {
        statement.execute("COPY " + schema + "." + table + " TO '" + file.toAbsolutePath().toString().replace("'", "''")
            + "' (HEADER, DELIMITER ',')");
      }
      files.add(file);
    }
    return files;
  }

  /** The rows of a table. */
  long count(String table) throws SQLException {
    columns(table);
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Values cut to fit their column, per table and column. */
  Map<String, Long> truncated() {
    return Map.copyOf(truncated);
  }

  private void run(OmopDdl.Part part) throws SQLException {
    for (String sql : OmopDdl.statements(engine, part, schema)) {
      // DuckDB's JDBC driver closes a Statement whose statement failed: one Statement each.
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new SQLException("OMOP " + part.name().toLowerCase(Locale.ROOT) + " statement failed: "
            + firstLine(sql) + ": " + e.getMessage(), e);
      }
    }
  }

  private List<Column> columns(String table) {
    List<Column> tableColumns = columns.get(table);
    if (tableColumns == null) {
      throw new IllegalArgumentException("The OMOP CDM has no table " + table + ".");
    }
    return tableColumns;
  }

  private Object coerce(String table, Column column, Object value) {
    if (value == null) {
      return null;
    }
    switch (column.kind()) {
      case INTEGER:
        return ((Number) value).intValue();
      case BIGINT:
        return ((Number) value).longValue();
      case DOUBLE:
        return value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
      case DATE:
        return value instanceof LocalDateTime t ? t.toLocalDate() : value;
      case TIMESTAMP:
        return value instanceof LocalDate d ? d.atStartOfDay() : value;
      default:
        String text = value.toString();
        if (column.maxLength() > 0 && text.length() > column.maxLength()) {
          truncated.merge(table + "." + column.name(), 1L, Long::sum);
          return text.substring(0, column.maxLength());
        }
        return text;
    }
  }

  private static String firstLine(String sql) {
    return sql.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).findFirst().orElse(sql).strip();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private enum Kind {
    INTEGER, BIGINT, DOUBLE, DATE, TIMESTAMP, TEXT;

    static Kind of(String dataType) {
      String type = dataType.toUpperCase(Locale.ROOT);
      if (type.equals("INTEGER")) {
        return INTEGER;
      }
      if (type.equals("BIGINT")) {
        return BIGINT;
      }
      if (type.startsWith("DOUBLE") || type.startsWith("NUMERIC") || type.startsWith("DECIMAL") || type.equals("REAL")
          || type.equals("FLOAT")) {
        return DOUBLE;
      }
      if (type.equals("DATE")) {
        return DATE;
      }
      if (type.startsWith("TIMESTAMP")) {
        return TIMESTAMP;
      }
      return TEXT;
    }
  }

  private record Column(String name, Kind kind, int maxLength) {}
}
