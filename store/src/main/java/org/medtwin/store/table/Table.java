package org.medtwin.store.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A store table as the bulk loader sees it: its name, its columns in order, and the columns that
 * identify a row (the merge key).
 *
 * @param name the table's SQL name
 * @param columns every column, in table order
 * @param key the columns that identify a row
 * @param changeColumn the column whose difference means the row changed ({@code content_hash}),
 *     or {@code null} when a row, once stored, never changes
 */
public record Table(String name, List<Column> columns, List<String> key, String changeColumn) {

  public Table {
    columns = List.copyOf(columns);
    key = List.copyOf(key);
  }

  /** Starts a table definition. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** The name of this table's staging twin, where a batch lands before it is merged. */
  public String stageName() {
    return "stage_" + name;
  }

  /** The columns as a comma list for SQL. */
  public String columnList() {
    return columns.stream().map(Column::name).collect(Collectors.joining(", "));
  }

  /** Builds a {@link Table} column by column. */
  public static final class Builder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> key = new ArrayList<>();
    private String changeColumn;

    private Builder(String name) {
      this.name = name;
    }

    /** Adds one column. */
    public Builder column(String column, ColumnType type) {
      columns.add(new Column(column, type));
      return this;
    }

    /** Adds the three columns of a coding: {@code <prefix>_system}, code, display. */
    public Builder coding(String prefix, String codeColumn) {
      return column(prefix + "_system", ColumnType.TEXT)
          .column(codeColumn, ColumnType.TEXT)
          .column(prefix + "_display", ColumnType.TEXT);
    }

    /** Adds several text columns. */
    public Builder text(String... names) {
      for (String column : names) {
        column(column, ColumnType.TEXT);
      }
      return this;
    }

    /** Declares the merge key. */
    public Builder key(String... names) {
      key.addAll(List.of(names));
      return this;
    }

    /** Declares the column whose difference means a stored row must be replaced. */
    public Builder changeColumn(String column) {
      changeColumn = column;
      return this;
    }

    /** The finished table. */
    public Table build() {
      return new Table(name, columns, key, changeColumn);
    }
  }
}
