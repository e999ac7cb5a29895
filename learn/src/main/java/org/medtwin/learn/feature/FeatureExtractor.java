package org.medtwin.learn.feature;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medtwin.learn.cohort.CohortMember;
import org.medtwin.learn.cohort.FactKind;
import org.medtwin.learn.cohort.FactSql;
import org.medtwin.store.StoreException;

/**
 * Features of linked persons at an index date, from the store by portable SQL (never from raw
 * files): age and sex; conditions, drugs and procedures in each look-back window; latest, mean,
 * minimum and maximum of each measurement in its normalised unit and the latest coded answer; visit
 * counts per encounter class and window. Nothing after the index date is read.
 */
public final class FeatureExtractor {

  private final Connection connection;
  private final FeatureSettings settings;

  public FeatureExtractor(Connection connection, FeatureSettings settings) {
    this.connection = connection;
    this.settings = settings;
  }

  /** Every candidate feature value per person, and every candidate column by name. */
  public record Candidates(Map<String, Map<String, Float>> values, Map<String, FeatureColumn> columns) {}

  /**
   * The matrix with the columns that occur in at least {@code minPersons} of the training persons.
   *
   * @throws StoreException when the store cannot be read
   */
  public FeatureMatrix forTraining(List<CohortMember> members, LocalDateTime index, Set<String> training) {
    Candidates candidates = candidates(members, index);
    Map<String, Integer> support = new HashMap<>();
    for (String person : training) {
      for (Map.Entry<String, Float> e : candidates.values().getOrDefault(person, Map.of()).entrySet()) {
        if (candidates.columns().get(e.getKey()).continuous() || e.getValue() != 0) {
          support.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    List<FeatureColumn> kept = new ArrayList<>();
    for (FeatureColumn column : candidates.columns().values()) {
      if (support.getOrDefault(column.name(), 0) >= settings.minPersons() || isDemographic(column)) {
        kept.add(column);
      }
    }
    return assemble(members, candidates, kept);
  }

  /** The matrix with exactly the given columns (a registered model's), absent ones missing or 0. */
  public FeatureMatrix withColumns(List<CohortMember> members, LocalDateTime index, List<FeatureColumn> columns) {
    return assemble(members, candidates(members, index), columns);
  }

  private static boolean isDemographic(FeatureColumn column) {
    return column.name().equals("age") || column.name().equals("male");
  }

  private FeatureMatrix assemble(List<CohortMember> members, Candidates candidates, List<FeatureColumn> columns) {
    Map<String, Integer> position = new HashMap<>();
    for (int j = 0; j < columns.size(); j++) {
      position.put(columns.get(j).name(), j);
    }
    List<String> persons = new ArrayList<>();
    int[] labels = new int[members.size()];
    long[] start = new long[members.size() + 1];
    List<int[]> entries = new ArrayList<>();
    List<Float> values = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      CohortMember m = members.get(i);
      persons.add(m.personId());
      labels[i] = m.label();
      TreeMap<Integer, Float> row = new TreeMap<>();
      for (Map.Entry<String, Float> e : candidates.values().getOrDefault(m.personId(), Map.of()).entrySet()) {
        Integer j = position.get(e.getKey());
        if (j != null) {
          row.put(j, e.getValue());
        }
      }
      for (Map.Entry<Integer, Float> e : row.entrySet()) {
        entries.add(new int[] {e.getKey()});
        values.add(e.getValue());
      }
      start[i + 1] = values.size();
    }
    int[] ci = new int[values.size()];
    float[] v = new float[values.size()];
    for (int k = 0; k < ci.length; k++) {
      ci[k] = entries.get(k)[0];
      v[k] = values.get(k);
    }
    return new FeatureMatrix(persons, labels, columns, start, ci, v);
  }

  /** Every candidate feature of the members at the index date. */
  public Candidates candidates(List<CohortMember> members, LocalDateTime index) {
    Map<String, Map<String, Float>> values = new HashMap<>();
    Map<String, FeatureColumn> columns = new TreeMap<>();
    columns.put("age", new FeatureColumn("age", "Age at the index date", "years", true));
    columns.put("male", new FeatureColumn("male", "Male sex", null, false));
    for (CohortMember m : members) {
      Map<String, Float> row = values.computeIfAbsent(m.personId(), k -> new HashMap<>());
      row.put("age", (float) m.ageAtIndex());
      row.put("male", "male".equals(m.sex()) ? 1f : 0f);
    }
    try {
      loadCohort(members);
      codes(FactKind.CONDITION, "cond", "recorded", index, values, columns);
      codes(FactKind.MEDICATION, "drug", "prescribed", index, values, columns);
      codes(FactKind.PROCEDURE, "proc", "performed", index, values, columns);
      measurements(index, values, columns);
      answers(index, values, columns);
      visits(index, values, columns);
    } catch (SQLException e) {
      throw new StoreException("Cannot read features from the store: " + e.getMessage(), e);
    }
    return new Candidates(values, columns);
  }

  private void loadCohort(List<CohortMember> members) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE IF NOT EXISTS learn_cohort (person_id VARCHAR NOT NULL)");
      statement.execute("DELETE FROM learn_cohort");
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO learn_cohort VALUES (?)")) {
      for (CohortMember m : members) {
        insert.setString(1, m.personId());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private String inCohort(FactKind kind) {
    return "(" + FactSql.facts(kind) + ") f WHERE t < ? AND person_id IN (SELECT person_id FROM learn_cohort)";
  }

  private void codes(FactKind kind, String prefix, String verb, LocalDateTime index,
      Map<String, Map<String, Float>> values, Map<String, FeatureColumn> columns) throws SQLException {
    String query = "SELECT person_id, system, code, min(display), max(t) FROM " + inCohort(kind)
        + " GROUP BY person_id, system, code";
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setTimestamp(1, Timestamp.valueOf(index));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String system = row.getString(2);
          String code = row.getString(3);
          LocalDateTime last = row.getTimestamp(5).toLocalDateTime();
          String display = row.getString(4);
          for (Integer days : settings.windows()) {
            if (days != null && last.isBefore(index.minusDays(days))) {
              continue;
            }
            String name = prefix + "_" + FeatureNames.system(system) + "_" + FeatureNames.token(code) + "_" + FeatureNames.window(days);
            columns.computeIfAbsent(name, n -> new FeatureColumn(n,
                FeatureNames.describe(display, system, code) + " " + verb + " " + FeatureNames.windowLabel(days), null, false));
            values.computeIfAbsent(row.getString(1), k -> new HashMap<>()).put(name, 1f);
          }
        }
      }
    }
  }

  private void measurements(LocalDateTime index, Map<String, Map<String, Float>> values, Map<String, FeatureColumn> columns)
      throws SQLException {
    String m = "SELECT person_id, system, code, COALESCE(unit, '') AS unit, display, t, value FROM " + inCohort(FactKind.MEASUREMENT)
        + " AND value IS NOT NULL";
    String query = "WITH m AS (" + m + ")"
        + " SELECT a.person_id, a.system, a.code, a.unit, a.display, a.mean, a.lo, a.hi, b.value FROM"
        + " (SELECT person_id, system, code, unit, min(display) AS display, avg(value) AS mean, min(value) AS lo, max(value) AS hi"
        + " FROM m GROUP BY person_id, system, code, unit) a JOIN"
        + " (SELECT person_id, system, code, unit, value FROM (SELECT person_id, system, code, unit, value, ROW_NUMBER() OVER"
        + " (PARTITION BY person_id, system, code, unit ORDER BY t DESC, value DESC) AS rn FROM m) x WHERE rn = 1) b"
        + " ON a.person_id = b.person_id AND a.system = b.system AND a.code = b.code AND a.unit = b.unit";
    String[] stats = {"latest", "mean", "min", "max"};
    String[] statLabels = {"latest value", "mean", "lowest value", "highest value"};
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setTimestamp(1, Timestamp.valueOf(index));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String system = row.getString(2);
          String code = row.getString(3);
          String unit = row.getString(4);
          double[] v = {row.getDouble(9), row.getDouble(6), row.getDouble(7), row.getDouble(8)};
          for (int s = 0; s < stats.length; s++) {
            String name = "lab_" + FeatureNames.system(system) + "_" + FeatureNames.token(code)
                + (unit.isEmpty() ? "" : "_" + FeatureNames.token(unit)) + "_" + stats[s];
            String label = FeatureNames.describe(row.getString(5), system, code) + ", " + statLabels[s] + " before the index date";
            columns.computeIfAbsent(name, n -> new FeatureColumn(n, label, unit, true));
            values.computeIfAbsent(row.getString(1), k -> new HashMap<>()).put(name, (float) v[s]);
          }
        }
      }
    }
  }

  private void answers(LocalDateTime index, Map<String, Map<String, Float>> values, Map<String, FeatureColumn> columns)
      throws SQLException {
    String base = "SELECT l.person_id AS person_id, f.effective AS t, f.code_system AS system, f.code AS code,"
        + " f.code_display AS display, f.value_code AS answer, f.value_text AS answer_text"
        + " FROM observation f JOIN person_link l ON l.source = f.source AND l.record_id = f.patient_id"
        + " WHERE f.effective IS NOT NULL AND f.value_code IS NOT NULL AND f.effective < ?"
        + " AND l.person_id IN (SELECT person_id FROM learn_cohort)";
    String query = "SELECT person_id, system, code, display, answer, answer_text FROM (SELECT person_id, system, code, display,"
        + " answer, answer_text, ROW_NUMBER() OVER (PARTITION BY person_id, system, code ORDER BY t DESC, answer) AS rn FROM ("
        + base + ") x) y WHERE rn = 1";
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setTimestamp(1, Timestamp.valueOf(index));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String system = row.getString(2);
          String code = row.getString(3);
          String answer = row.getString(5);
          String answerText = row.getString(6);
          String name = "ans_" + FeatureNames.system(system) + "_" + FeatureNames.token(code) + "_" + FeatureNames.token(answer);
          String label = FeatureNames.describe(row.getString(4), system, code) + ": latest answer "
              + (answerText == null || answerText.isBlank() ? answer : answerText + " (" + answer + ")");
          columns.computeIfAbsent(name, n -> new FeatureColumn(n, label, null, false));
          values.computeIfAbsent(row.getString(1), k -> new HashMap<>()).put(name, 1f);
        }
      }
    }
  }

  private void visits(LocalDateTime index, Map<String, Map<String, Float>> values, Map<String, FeatureColumn> columns)
      throws SQLException {
    StringBuilder sums = new StringBuilder();
    for (Integer days : settings.windows()) {
      sums.append(days == null ? ", count(*)" : ", sum(CASE WHEN f.start_time >= ? THEN 1 ELSE 0 END)");
    }
    String query = "SELECT l.person_id, COALESCE(f.encounter_class, 'unknown')" + sums
        + " FROM encounter f JOIN person_link l ON l.source = f.source AND l.record_id = f.patient_id"
        + " WHERE f.start_time < ? AND l.person_id IN (SELECT person_id FROM learn_cohort)"
        + " AND NOT EXISTS (SELECT 1 FROM golden_fact_source g WHERE g.fact_type = 'Encounter' AND g.source = f.source"
        + " AND g.source_fact_id = f.id AND NOT g.representative)"
        + " GROUP BY l.person_id, COALESCE(f.encounter_class, 'unknown')";
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      int p = 1;
      for (Integer days : settings.windows()) {
        if (days != null) {
          statement.setTimestamp(p++, Timestamp.valueOf(index.minusDays(days)));
        }
      }
      statement.setTimestamp(p, Timestamp.valueOf(index));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String encounterClass = row.getString(2);
          for (int w = 0; w < settings.windows().size(); w++) {
            Integer days = settings.windows().get(w);
            String name = "visits_" + FeatureNames.token(encounterClass) + "_" + FeatureNames.window(days);
            columns.computeIfAbsent(name, n -> new FeatureColumn(n,
                "Encounters of class " + encounterClass + " " + FeatureNames.windowLabel(days), "visits", false));
            float count = row.getLong(3 + w);
            if (count > 0) {
              values.computeIfAbsent(row.getString(1), k -> new HashMap<>()).put(name, count);
            }
          }
        }
      }
    }
  }
}
