package org.medtwin.learn.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Portable SQL (DuckDB and PostgreSQL) over the store's fact tables per linked person: every source's
 * facts of one person together through {@code person_link}, each merged fact counted once (facts
 * the golden-record merge marked as non-representative copies are left out).
 */
public final class FactSql {

  /** A SQL fragment with its bind parameters in order. */
  public record Fragment(String sql, List<Object> params) {}

  private final CodeHierarchy hierarchy;

  public FactSql(CodeHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /**
   * The facts of a kind as rows (person_id, t, system, code, display, value, unit); value and unit
   * are null except for measurements.
   */
  public static String facts(FactKind kind) {
    String value = kind == FactKind.MEASUREMENT ? "f.value_num" : "CAST(NULL AS FLOAT8)";
    String unit = kind == FactKind.MEASUREMENT ? "f.unit" : "CAST(NULL AS VARCHAR)";
    return "SELECT l.person_id AS person_id, f." + kind.time() + " AS t, f." + kind.system() + " AS system, f."
        + kind.code() + " AS code, f." + kind.display() + " AS display, " + value + " AS value, " + unit + " AS unit"
        + " FROM " + kind.table() + " f JOIN person_link l ON l.source = f.source AND l.record_id = f.patient_id"
        + " WHERE f." + kind.time() + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM golden_fact_source g"
        + " WHERE g.fact_type = '" + kind.mergedType() + "' AND g.source = f.source AND g.source_fact_id = f.id"
        + " AND NOT g.representative)";
  }

  /** A condition on columns {@code system} and {@code code} matching any of the codes (with descendants). */
  public Fragment codeFilter(List<CodeRef> codes) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (CodeRef ref : codes) {
      if (ref.descendants() && CodeHierarchy.ICD10CM.equals(ref.system())) {
        parts.add("(system = ? AND code LIKE ?)");
        params.add(ref.system());
        params.add(ref.code() + "%");
        continue;
      }
      Set<String> expanded = hierarchy.expand(ref);
      parts.add("(system = ? AND code IN (" + String.join(", ", java.util.Collections.nCopies(expanded.size(), "?")) + "))");
      params.add(ref.system());
      params.addAll(expanded);
    }
    return new Fragment("(" + String.join(" OR ", parts) + ")", params);
  }
}
