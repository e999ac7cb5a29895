package org.medtwin.cli.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads a whole patient store back with plain SQL, for comparing stores and counting rows. */
public final class StoreTables {

  private StoreTables() {}

  /** The store's tables, in name order. */
  public static List<String> names(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rows.next()) {
        tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  /** Rows per table, for the tables not excluded. */
  public static Map<String, Long> rowCounts(Connection connection, Set<String> excludedTables)
      throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : names(connection)) {
      if (!excludedTables.contains(table)) {
        counts.put(table, count(connection, "SELECT count(*) FROM " + table));
      }
    }
    return counts;
  }

  /** A single number a query returns. */
  public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /**
   * Every table's rows as sorted strings, leaving out the excluded tables and columns: a multiset
   * of rows that two stores with the same content share whatever order they were written in.
   */
  public static Map<String, List<String>> contents(
      Connection connection, Set<String> excludedTables, Set<String> excludedColumns)
      throws SQLException {
    Map<String, List<String>> contents = new TreeMap<>();
    for (String table : names(connection)) {
      if (excludedTables.contains(table)) {
        continue;
      }
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
        ResultSetMetaData meta = result.getMetaData();
        while (result.next()) {
          StringBuilder row = new StringBuilder();
          for (int column = 1; column <= meta.getColumnCount(); column++) {
            String name = meta.getColumnName(column).toLowerCase(Locale.ROOT);
            if (!excludedColumns.contains(name)) {
              row.append(name).append('=').append(text(result.getObject(column))).append(" | ");
            }
          }
          rows.add(row.toString());
        }
      }
      rows.sort(null);
      contents.put(table, rows);
    }
    return contents;
  }

  /**
   * How two stores' {@link #contents} differ, table by table: rows only one of them has (a few
   * shown), or a table only one has; empty when they hold the same rows.
   */
  public static List<String> differences(
      Map<String, List<String>> expected, Map<String, List<String>> actual) {
    List<String> differences = new ArrayList<>();
    java.util.Set<String> tables = new java.util.TreeSet<>(expected.keySet());
    tables.addAll(actual.keySet());
    for (String table : tables) {
      List<String> missing = minus(expected.getOrDefault(table, List.of()), actual.getOrDefault(table, List.of()));
      List<String> extra = minus(actual.getOrDefault(table, List.of()), expected.getOrDefault(table, List.of()));
      if (!expected.containsKey(table) || !actual.containsKey(table)) {
        differences.add(table + ": table present in only one store");
      }
      if (!missing.isEmpty() || !extra.isEmpty()) {
        differences.add(table + ": " + missing.size() + " rows missing, e.g. "
            + missing.subList(0, Math.min(3, missing.size())) + "; " + extra.size() + " rows extra, e.g. "
            + extra.subList(0, Math.min(3, extra.size())));
      }
    }
    return differences;
  }

  /** The multiset difference {@code a - b}. */
  private static List<String> minus(List<String> a, List<String> b) {
    Map<String, Integer> left = new java.util.HashMap<>();
    for (String row : b) {
      left.merge(row, 1, Integer::sum);
    }
    List<String> rest = new ArrayList<>();
    for (String row : a) {
      Integer n = left.get(row);
      if (n == null || n == 0) {
        rest.add(row);
      } else {
        left.put(row, n - 1);
      }
    }
    return rest;
  }

  private static String text(Object value) throws SQLException {
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof java.sql.Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    return String.valueOf(value);
  }
}
