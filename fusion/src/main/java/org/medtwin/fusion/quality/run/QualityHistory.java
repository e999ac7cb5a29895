package org.medtwin.fusion.quality.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.quality.QualityException;
import org.medtwin.fusion.quality.QualityReport;
import org.medtwin.fusion.quality.RunSummary;
import org.medtwin.fusion.quality.catalog.Profiles;
import org.medtwin.fusion.quality.check.CheckResult;
import org.medtwin.fusion.quality.check.Status;

/**
 * The quality runs kept in the store (schema V5): each run's results and the distributions it saw,
 * so the next run can measure drift and a report can draw the trend.
 */
public final class QualityHistory {

  private final Connection connection;

  public QualityHistory(Connection connection) {
    this.connection = connection;
  }

  /** The id of the latest finished quality run, or null when there is none. */
  public String latestRunId() {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT run_id FROM quality_run ORDER BY finished_at DESC, run_id DESC LIMIT 1")) {
      return row.next() ? row.getString(1) : null;
    } catch (SQLException e) {
      throw new QualityException("Cannot read the earlier quality runs: " + e.getMessage(), e);
    }
  }

  /**
   * Stores a run's results and the store's current distributions in one transaction.
   *
   * @throws QualityException when the store refuses the write
   */
  public void save(QualityReport report) {
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        insertRun(report);
        insertResults(report);
        try (PreparedStatement profile = connection.prepareStatement(
            "INSERT INTO quality_profile (run_id, kind, source, concept, unit, n, mean, sd)"
                + " SELECT ?, p.kind, p.source, p.concept, p.unit, p.n, p.mean, p.sd FROM (" + Profiles.all() + ") p")) {
          profile.setString(1, report.runId());
          profile.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new QualityException("Cannot store quality run " + report.runId() + ": " + e.getMessage(), e);
    }
  }

  private void insertRun(QualityReport report) throws SQLException {
    try (PreparedStatement run = connection.prepareStatement(
        "INSERT INTO quality_run (run_id, started_at, finished_at, thresholds_version, results, failed)"
            + " VALUES (?, ?, ?, ?, ?, ?)")) {
      run.setString(1, report.runId());
      run.setTimestamp(2, utc(report.startedAt()));
      run.setTimestamp(3, utc(report.finishedAt()));
      run.setString(4, report.thresholdsVersion());
      run.setLong(5, report.judged());
      run.setLong(6, report.failures().size());
      run.executeUpdate();
    }
  }

  private void insertResults(QualityReport report) throws SQLException {
    ObjectMapper json = new ObjectMapper();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO quality_result (run_id, check_id, check_type, category, context, check_level, table_name,"
            + " field_name, source, violations, denominator, percent, max_percent, status, examples_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (CheckResult r : report.results()) {
        insert.setString(1, report.runId());
        insert.setString(2, r.checkId());
        insert.setString(3, r.checkType());
        insert.setString(4, r.category().label());
        insert.setString(5, r.context().label());
        insert.setString(6, r.level().label());
        insert.setString(7, r.table());
        insert.setString(8, r.field());
        insert.setString(9, r.source());
        insert.setLong(10, r.violations());
        insert.setLong(11, r.denominator());
        insert.setDouble(12, r.percent());
        insert.setDouble(13, r.maxPercent());
        insert.setString(14, r.status().name());
        insert.setString(15, json.writeValueAsString(r.examples()));
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (JsonProcessingException e) {
      throw new QualityException("Cannot write examples as JSON: " + e.getMessage(), e);
    }
  }

  /** The latest {@code limit} runs, oldest first, with their failures per category. */
  public List<RunSummary> trend(int limit) {
    List<RunSummary> runs = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT run_id, finished_at, results, failed FROM quality_run"
            + " ORDER BY finished_at DESC, run_id DESC LIMIT " + limit)) {
      while (row.next()) {
        String runId = row.getString(1);
        runs.add(new RunSummary(runId, row.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC),
            row.getLong(3), row.getLong(4), failedByCategory(runId)));
      }
    } catch (SQLException e) {
      throw new QualityException("Cannot read the quality trend: " + e.getMessage(), e);
    }
    Collections.reverse(runs);
    return runs;
  }

  private Map<String, Long> failedByCategory(String runId) throws SQLException {
    Map<String, Long> failed = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT category, count(*) FROM quality_result"
        + " WHERE run_id = ? AND status = ? GROUP BY category ORDER BY category")) {
      query.setString(1, runId);
      query.setString(2, Status.FAIL.name());
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          failed.put(row.getString(1), row.getLong(2));
        }
      }
    }
    return failed;
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
