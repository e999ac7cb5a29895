package org.medtwin.fusion.impute;

import java.util.List;

/**
 * A table for analysis: one row per person and time point, one column per variable, {@code NaN}
 * where the value is missing. Immutable; imputation returns a new table.
 */
public final class AnalysisTable {

  private final List<Variable> variables;
  private final List<RowKey> rows;
  private final double[][] values;

  /**
   * A table of the given values, copied.
   *
   * @throws IllegalArgumentException when a row's length differs from the number of variables, or
   *     the row keys do not match the rows
   */
  public AnalysisTable(List<Variable> variables, List<RowKey> rows, double[][] values) {
    if (rows.size() != values.length) {
      throw new IllegalArgumentException(
          "The table has " + values.length + " rows of values but " + rows.size() + " row keys.");
    }
    this.variables = List.copyOf(variables);
    this.rows = List.copyOf(rows);
    this.values = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != variables.size()) {
        throw new IllegalArgumentException(
            "Row " + r + " has " + values[r].length + " values but the table has " + variables.size() + " variables.");
      }
      this.values[r] = values[r].clone();
    }
  }

  /** The columns. */
  public List<Variable> variables() {
    return variables;
  }

  /** The row keys, in row order. */
  public List<RowKey> rows() {
    return rows;
  }

  /** The number of rows. */
  public int rowCount() {
    return values.length;
  }

  /** The value at a row and column, {@code NaN} when missing. */
  public double value(int row, int column) {
    return values[row][column];
  }

  /** Whether the value at a row and column is missing. */
  public boolean missing(int row, int column) {
    return Double.isNaN(values[row][column]);
  }

  /**
   * The column index of a variable.
   *
   * @throws IllegalArgumentException when the table has no such variable
   */
  public int column(String name) {
    for (int c = 0; c < variables.size(); c++) {
      if (variables.get(c).name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "The table has no variable '" + name + "'; it has " + variables.stream().map(Variable::name).toList() + ".");
  }

  /** A copy of the values, for imputation to fill. */
  double[][] copyOfValues() {
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      copy[r] = values[r].clone();
    }
    return copy;
  }
}
