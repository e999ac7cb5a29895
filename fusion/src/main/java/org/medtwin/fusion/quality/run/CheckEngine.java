package org.medtwin.fusion.quality.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medtwin.fusion.quality.QualityException;
import org.medtwin.fusion.quality.Thresholds;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckResult;
import org.medtwin.fusion.quality.check.Probe;

/**
 * Runs check instances against the store as set-based SQL: per source, the denominator and the
 * violating rows in one grouped query, then up to N example record ids per source where there are
 * violations.
 */
public final class CheckEngine {

  private final Connection connection;
  private final Thresholds thresholds;

  public CheckEngine(Connection connection, Thresholds thresholds) {
    this.connection = connection;
    this.thresholds = thresholds;
  }

  /**
   * One result per (instance, source) the instance applies to, in the instances' order.
   *
   * @throws QualityException when a check's query fails; the message names the check
   */
  public List<CheckResult> run(List<CheckInstance> instances, CheckProgress progress) {
    List<CheckResult> results = new ArrayList<>();
    int done = 0;
    for (CheckInstance instance : instances) {
      try {
        results.addAll(run(instance));
      } catch (SQLException e) {
        throw new QualityException("Check " + instance.id() + " failed in the store: " + e.getMessage(), e);
      }
      progress.update(++done, instances.size(), instance.id());
    }
    return results;
  }

  private List<CheckResult> run(CheckInstance instance) throws SQLException {
    double maxPercent = thresholds.forCheck(instance.id()).maxPercent();
    Map<String, Tally> bySource = instance.probe() instanceof Probe.Rows
        ? rows((Probe.Rows) instance.probe())
        : values((Probe.Values) instance.probe());
    List<CheckResult> results = new ArrayList<>();
    bySource.forEach((source, tally) -> results.add(
        CheckResult.of(instance, source, tally.violations, tally.denominator, maxPercent, tally.examples)));
    return results;
  }

  private Map<String, Tally> rows(Probe.Rows probe) throws SQLException {
    Map<String, Tally> bySource = new TreeMap<>();
    boolean anyViolation = false;
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT q.source, count(*), sum(q.violated) FROM (" + probe.sql()
            + ") q GROUP BY q.source")) {
      while (row.next()) {
        Tally tally = new Tally();
        tally.denominator = row.getLong(2);
        tally.violations = row.getLong(3);
        anyViolation |= tally.violations > 0;
        bySource.put(String.valueOf(row.getString(1)), tally);
      }
    }
    int examples = thresholds.examplesPerSource();
    if (anyViolation && examples > 0) {
      String sql = "SELECT e.source, e.record_id FROM (SELECT q.source, q.record_id, row_number() OVER"
          + " (PARTITION BY q.source ORDER BY q.record_id) AS k FROM (" + probe.sql() + ") q WHERE q.violated = 1) e"
          + " WHERE e.k <= " + examples + " ORDER BY e.source, e.k";
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
        while (row.next()) {
          Tally tally = bySource.get(String.valueOf(row.getString(1)));
          if (tally != null) {
            tally.examples.add(row.getString(2));
          }
        }
      }
    }
    return bySource;
  }

  private Map<String, Tally> values(Probe.Values probe) throws SQLException {
    Map<String, Tally> bySource = new TreeMap<>();
    String sql = "SELECT source, " + probe.column() + ", count(*), min(source_record_id) FROM " + probe.table()
        + " WHERE " + probe.where() + " GROUP BY source, " + probe.column();
    Map<String, List<String>> examples = new TreeMap<>();
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        String source = String.valueOf(row.getString(1));
        Tally tally = bySource.computeIfAbsent(source, s -> new Tally());
        long count = row.getLong(3);
        tally.denominator += count;
        if (probe.violates().test(row.getString(2))) {
          tally.violations += count;
          examples.computeIfAbsent(source, s -> new ArrayList<>()).add(row.getString(4));
        }
      }
    }
    examples.forEach((source, ids) -> {
      ids.sort(null);
      bySource.get(source).examples.addAll(ids.subList(0, Math.min(ids.size(), thresholds.examplesPerSource())));
    });
    return bySource;
  }

  /** Counts of one source, filled while reading. */
  private static final class Tally {
    long denominator;
    long violations;
    final List<String> examples = new ArrayList<>();
  }
}
