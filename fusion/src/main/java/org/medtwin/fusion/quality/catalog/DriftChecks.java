package org.medtwin.fusion.quality.catalog;

import static org.medtwin.fusion.quality.check.Category.PLAUSIBILITY;
import static org.medtwin.fusion.quality.check.Context.VALIDATION;
import static org.medtwin.fusion.quality.check.Context.VERIFICATION;
import static org.medtwin.fusion.quality.check.Level.CONCEPT;
import static org.medtwin.fusion.quality.check.Level.FIELD;
import static org.medtwin.fusion.quality.check.Level.TABLE;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.check.Context;
import org.medtwin.fusion.quality.check.Level;
import org.medtwin.fusion.quality.check.Probe;

/**
 * Plausibility over time and across sites: distributions that moved since the previous quality run,
 * or that differ between sources for the same test, units that changed or mix, outliers, stuck
 * values. Effect sizes are standardized mean differences (Cohen's d: 0.2 small, 0.5 medium).
 */
final class DriftChecks {

  static final CheckType VALUE_RUN = type("value_drift_between_runs", CONCEPT, VALIDATION,
      "A test's mean per source and unit moved by more than the parameter standard deviations since the previous run.");
  static final CheckType VOLUME_RUN = type("volume_drift_between_runs", TABLE, VALIDATION,
      "A source's rows in a table changed by more than the parameter percent since the previous run.");
  static final CheckType PREVALENCE_RUN = type("prevalence_drift_between_runs", CONCEPT, VALIDATION,
      "The share of a source's patients with a condition moved by more than the parameter points since the previous run.");
  static final CheckType UNIT_RUN = type("unit_drift_between_runs", CONCEPT, VALIDATION,
      "A source reports a test in a unit it did not use for that test in the previous run.");
  static final CheckType UNIT_MIX = type("unit_mixture", CONCEPT, VERIFICATION,
      "A source reports each test's numeric results in one unit.");
  static final CheckType VALUE_SOURCE = type("value_drift_between_sources", CONCEPT, VALIDATION,
      "A test's values at one source differ from the other sources' by more than the parameter standardized mean difference.");
  static final CheckType PREVALENCE_SOURCE = type("prevalence_drift_between_sources", CONCEPT, VALIDATION,
      "The share of a source's patients with a condition differs from the other sources' by more than the parameter points.");
  static final CheckType OUTLIER = type("statistical_outlier", FIELD, VALIDATION,
      "A numeric result lies within the parameter standard deviations of its test's mean at its source.");
  static final CheckType CONSTANT = type("constant_value", CONCEPT, VALIDATION,
      "A test with at least the parameter minCount results at a source does not always have the same value.");

  private DriftChecks() {}

  static List<CheckType> types() {
    return List.of(VALUE_RUN, VOLUME_RUN, PREVALENCE_RUN, UNIT_RUN, UNIT_MIX, VALUE_SOURCE, PREVALENCE_SOURCE,
        OUTLIER, CONSTANT);
  }

  static List<CheckInstance> instances(CatalogContext context) {
    List<CheckInstance> out = new ArrayList<>();
    String previous = "SELECT * FROM quality_profile WHERE run_id = " + context.previousRun();
    double minCount = context.parameter(VALUE_RUN.id(), "minCount");
    out.add(new CheckInstance(VALUE_RUN, "observation", "value_num", new Probe.Rows(
        "WITH cur AS (" + Profiles.observations() + "), prev AS (" + previous + " AND kind = 'observation')"
            + " SELECT cur.source AS source, cur.concept || ' ' || cur.unit AS record_id, "
            + Sql.flag("abs(cur.mean - prev.mean) > " + Sql.number(context.parameter(VALUE_RUN.id(), "standardDeviations"))
                + " * prev.sd")
            + " AS violated FROM cur JOIN prev ON prev.source = cur.source AND prev.concept = cur.concept"
            + " AND prev.unit = cur.unit WHERE cur.n >= " + (long) minCount + " AND prev.n >= " + (long) minCount)));
    out.add(new CheckInstance(VOLUME_RUN, null, null, new Probe.Rows(
        "WITH cur AS (" + Profiles.tables() + "), prev AS (" + previous + " AND kind = 'table')"
            + " SELECT cur.source AS source, cur.concept AS record_id, "
            + Sql.flag("abs(cur.n - prev.n) > " + Sql.number(context.parameter(VOLUME_RUN.id(), "percent") / 100) + " * prev.n")
            + " AS violated FROM cur JOIN prev ON prev.source = cur.source AND prev.concept = cur.concept")));
    double minPatients = context.parameter(PREVALENCE_RUN.id(), "minPatients");
    out.add(new CheckInstance(PREVALENCE_RUN, "condition", "code", new Probe.Rows(
        "WITH cur AS (" + Profiles.conditions() + "), prev AS (" + previous + " AND kind = 'condition')"
            + " SELECT cur.source AS source, cur.concept AS record_id, "
            + Sql.flag("abs(cur.mean - prev.mean) * 100 > " + Sql.number(context.parameter(PREVALENCE_RUN.id(), "points")))
            + " AS violated FROM cur JOIN prev ON prev.source = cur.source AND prev.concept = cur.concept"
            + " WHERE cur.n >= " + (long) minPatients + " OR prev.n >= " + (long) minPatients)));
    out.add(new CheckInstance(UNIT_RUN, "observation", "unit", new Probe.Rows(
        "WITH cur AS (" + Profiles.observations() + "), prev AS (" + previous + " AND kind = 'observation')"
            + " SELECT cur.source AS source, cur.concept || ' ' || cur.unit AS record_id, "
            + Sql.flag("NOT EXISTS (SELECT 1 FROM prev p WHERE p.source = cur.source AND p.concept = cur.concept"
                + " AND p.unit = cur.unit)")
            + " AS violated FROM cur WHERE EXISTS (SELECT 1 FROM prev p WHERE p.source = cur.source"
            + " AND p.concept = cur.concept)")));
    out.add(new CheckInstance(UNIT_MIX, "observation", "unit", new Probe.Rows(
        "SELECT t.source AS source, t.code_system || '|' || t.code AS record_id, "
            + Sql.flag("count(DISTINCT t.unit) > 1") + " AS violated FROM observation t"
            + " WHERE t.value_num IS NOT NULL AND t.unit IS NOT NULL GROUP BY t.source, t.code_system, t.code")));
    out.add(new CheckInstance(VALUE_SOURCE, "observation", "value_num", betweenSources(context)));
    out.add(new CheckInstance(PREVALENCE_SOURCE, "condition", "code", prevalenceBetweenSources(context)));
    out.add(new CheckInstance(OUTLIER, "observation", "value_num", new Probe.Rows(
        "SELECT t.source AS source, t.source_record_id AS record_id, "
            + Sql.flag("abs(t.value_num - t.mean) > " + Sql.number(context.parameter(OUTLIER.id(), "standardDeviations"))
                + " * t.sd")
            + " AS violated FROM (SELECT source, source_record_id, value_num,"
            + " avg(value_num) OVER w AS mean, stddev_samp(value_num) OVER w AS sd, count(*) OVER w AS n"
            + " FROM observation WHERE value_num IS NOT NULL AND unit IS NOT NULL"
            + " WINDOW w AS (PARTITION BY source, code_system, code, unit)) t"
            + " WHERE t.n >= " + (long) context.parameter(OUTLIER.id(), "minCount"))));
    out.add(new CheckInstance(CONSTANT, "observation", "value_num", new Probe.Rows(
        "SELECT t.source AS source, t.code_system || '|' || t.code || ' ' || t.unit AS record_id, "
            + Sql.flag("min(t.value_num) = max(t.value_num)") + " AS violated FROM observation t"
            + " WHERE t.value_num IS NOT NULL AND t.unit IS NOT NULL GROUP BY t.source, t.code_system, t.code, t.unit"
            + " HAVING count(*) >= " + (long) context.parameter(CONSTANT.id(), "minCount"))));
    return out;
  }

  /**
   * Each source's mean against the pooled other sources' mean of the same code and unit, from
   * sums and sums of squares so that one pass over the observations suffices.
   */
  private static Probe.Rows betweenSources(CatalogContext context) {
    long minCount = (long) context.parameter(VALUE_SOURCE.id(), "minCount");
    String others = "(SELECT s.source, s.concept, s.unit, s.n, s.total, s.squares, a.n - s.n AS other_n,"
        + " a.total - s.total AS other_total, a.squares - s.squares AS other_squares FROM per_source s"
        + " JOIN (SELECT concept, unit, sum(n) AS n, sum(total) AS total, sum(squares) AS squares FROM per_source"
        + " GROUP BY concept, unit) a ON a.concept = s.concept AND a.unit = s.unit)";
    String mean = "(o.total / o.n)";
    String otherMean = "(o.other_total / o.other_n)";
    String variance = "((o.squares - o.n * " + mean + " * " + mean + ") / (o.n - 1))";
    String otherVariance = "((o.other_squares - o.other_n * " + otherMean + " * " + otherMean + ") / (o.other_n - 1))";
    String difference = "abs(" + mean + " - " + otherMean + ")";
    String pooled = "((" + variance + " + " + otherVariance + ") / 2)";
    double k = context.parameter(VALUE_SOURCE.id(), "standardizedDifference");
    return new Probe.Rows("WITH per_source AS (SELECT source, code_system || '|' || code AS concept, unit,"
        + " count(*) * 1.0 AS n, sum(value_num) AS total, sum(value_num * value_num) AS squares FROM observation"
        + " WHERE value_num IS NOT NULL AND unit IS NOT NULL GROUP BY source, code_system, code, unit)"
        + " SELECT o.source AS source, o.concept || ' ' || o.unit AS record_id, "
        + Sql.flag(difference + " > 0 AND (" + pooled + " <= 0 OR " + difference + " > " + Sql.number(k)
            + " * sqrt(" + pooled + "))")
        + " AS violated FROM " + others + " o WHERE o.n >= " + minCount + " AND o.other_n >= " + minCount);
  }

  private static Probe.Rows prevalenceBetweenSources(CatalogContext context) {
    double points = context.parameter(PREVALENCE_SOURCE.id(), "points");
    long minPatients = (long) context.parameter(PREVALENCE_SOURCE.id(), "minPatients");
    // Only sources that report conditions at all: a laboratory feed has none, and that is no drift.
    return new Probe.Rows("WITH reporting AS (SELECT p.source, count(*) * 1.0 AS patients FROM patient p"
        + " WHERE p.source IN (SELECT DISTINCT source FROM condition) GROUP BY p.source),"
        + " codes AS (SELECT DISTINCT code_system || '|' || code AS concept FROM condition),"
        + " having_code AS (SELECT source, code_system || '|' || code AS concept, count(DISTINCT patient_id) * 1.0 AS n"
        + " FROM condition GROUP BY source, code_system, code),"
        + " grid AS (SELECT r.source, r.patients, c.concept, COALESCE(h.n, 0) AS n FROM reporting r CROSS JOIN codes c"
        + " LEFT JOIN having_code h ON h.source = r.source AND h.concept = c.concept),"
        + " totals AS (SELECT concept, sum(n) AS n, sum(patients) AS patients FROM grid GROUP BY concept)"
        + " SELECT g.source AS source, g.concept AS record_id, "
        + Sql.flag("abs(g.n / g.patients - (t.n - g.n) / (t.patients - g.patients)) * 100 > " + Sql.number(points))
        + " AS violated FROM grid g JOIN totals t ON t.concept = g.concept"
        + " WHERE t.patients > g.patients AND t.n >= " + minPatients);
  }

  private static CheckType type(String name, Level level, Context context, String description) {
    return new CheckType(name, PLAUSIBILITY, context, level, description);
  }
}
