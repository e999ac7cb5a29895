package org.medtwin.fusion.quality.catalog;

import java.util.stream.Collectors;

/**
 * The distributions a quality run records so the next can measure drift: numeric observations per
 * source, code and unit; rows per source and table; condition prevalence per source and code. Each
 * query yields {@code kind, source, concept, unit, n, mean, sd}, the columns of {@code
 * quality_profile}.
 */
public final class Profiles {

  private Profiles() {}

  /** Count, mean and standard deviation of numeric values per source, {@code system|code} and unit. */
  public static String observations() {
    return "SELECT 'observation' AS kind, source, code_system || '|' || code AS concept, unit, count(*) AS n,"
        + " avg(value_num) AS mean, stddev_samp(value_num) AS sd FROM observation"
        + " WHERE value_num IS NOT NULL AND unit IS NOT NULL GROUP BY source, code_system, code, unit";
  }

  /** Rows and rows per patient, per source and fact table. */
  public static String tables() {
    return FactSchema.FACT_TABLES.stream()
        .map(table -> "SELECT 'table' AS kind, source, " + Sql.text(table) + " AS concept, '' AS unit, count(*) AS n,"
            + " count(*) * 1.0 / count(DISTINCT patient_id) AS mean, CAST(NULL AS FLOAT8) AS sd FROM " + table
            + " GROUP BY source")
        .collect(Collectors.joining(" UNION ALL "));
  }

  /** Patients with each condition code, and their share of the source's patients. */
  public static String conditions() {
    return "SELECT 'condition' AS kind, c.source, c.code_system || '|' || c.code AS concept, '' AS unit,"
        + " count(DISTINCT c.patient_id) AS n, count(DISTINCT c.patient_id) * 1.0 / pt.patients AS mean,"
        + " CAST(NULL AS FLOAT8) AS sd FROM condition c"
        + " JOIN (SELECT source, count(*) AS patients FROM patient GROUP BY source) pt ON pt.source = c.source"
        + " GROUP BY c.source, c.code_system, c.code, pt.patients";
  }

  /** All three, for {@code INSERT INTO quality_profile}. */
  public static String all() {
    return observations() + " UNION ALL " + tables() + " UNION ALL " + conditions();
  }
}
