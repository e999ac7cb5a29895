package org.medtwin.fusion.quality.check;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a check instance finds its denominator and its violations in the store: set-based SQL, or
 * a Java rule over the distinct values of one column (for rules SQL cannot say portably, such as
 * check digits).
 */
public sealed interface Probe permits Probe.Rows, Probe.Values {

  /**
   * A query yielding one row per unit of the denominator, with columns {@code source}, {@code
   * record_id} (the source's record id, or the concept for concept-level checks) and {@code
   * violated} (1 or 0). Portable between DuckDB and PostgreSQL.
   */
  record Rows(String sql) implements Probe {
    public Rows {
      Objects.requireNonNull(sql, "sql");
    }
  }

  /**
   * The rows of {@code table} matching {@code where}, grouped by the value of {@code column}; a
   * value the rule rejects makes each of its rows a violation.
   */
  record Values(String table, String column, String where, Predicate<String> violates) implements Probe {
    public Values {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(violates, "violates");
    }
  }
}
