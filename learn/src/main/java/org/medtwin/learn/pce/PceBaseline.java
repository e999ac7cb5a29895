package org.medtwin.learn.pce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medtwin.learn.cohort.CohortMember;
import org.medtwin.learn.cohort.FactKind;
import org.medtwin.learn.cohort.FactSql;
import org.medtwin.store.StoreException;

/**
 * The Pooled Cohort Equations applied to cohort members from the store at the index date, with the
 * input mapping of {@code pce-inputs.json}; a member without a cholesterol, HDL or systolic value
 * gets no risk (NaN). Inputs outside the equations' ranges are held to them.
 */
public final class PceBaseline {

  private final Connection connection;
  private final PooledCohortEquations equations = PooledCohortEquations.load();
  private final JsonNode mapping;

  public PceBaseline(Connection connection) {
    this.connection = connection;
    try (InputStream in = PceBaseline.class.getResourceAsStream("pce-inputs.json")) {
      if (in == null) {
        throw new IllegalStateException("pce-inputs.json is missing from the MedTwin build.");
      }
      this.mapping = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read pce-inputs.json: " + e.getMessage(), e);
    }
  }

  /** What the mapping says about the inputs, for reports. */
  public String note() {
    return mapping.path("comment").asText();
  }

  /**
   * The 10-year risk of each member (NaN where an input is missing).
   *
   * @throws StoreException when the store cannot be read
   */
  public double[] risks(List<CohortMember> members, LocalDateTime index) {
    try {
      Map<String, Double> tc = latest(mapping.path("totalCholesterol"), index);
      Map<String, Double> hdl = latest(mapping.path("hdl"), index);
      Map<String, Double> sbp = latest(mapping.path("systolic"), index);
      Set<String> smokers = smokers(index);
      Set<String> diabetes = conditions(index);
      Set<String> treated = treated(index);
      double[] risk = new double[members.size()];
      for (int i = 0; i < risk.length; i++) {
        CohortMember m = members.get(i);
        String p = m.personId();
        if (!tc.containsKey(p) || !hdl.containsKey(p) || !sbp.containsKey(p) || !(tc.get(p) > 0) || !(hdl.get(p) > 0)
            || !(sbp.get(p) > 0) || !equations.ageInRange(m.ageAtIndex())) {
          risk[i] = Double.NaN;
          continue;
        }
        PceInputs in = new PceInputs(m.ageAtIndex(), PceRace.WHITE_OR_OTHER, "male".equals(m.sex()), tc.get(p), hdl.get(p),
            sbp.get(p), treated.contains(p), smokers.contains(p), diabetes.contains(p));
        risk[i] = equations.tenYearRisk(equations.clampedToValidRanges(in));
      }
      return risk;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the Pooled Cohort Equations' inputs: " + e.getMessage(), e);
    }
  }

  private Map<String, Double> latest(JsonNode input, LocalDateTime index) throws SQLException {
    String[] code = input.path("code").asText().split(":", 2);
    String query = "SELECT person_id, value FROM (SELECT person_id, value, ROW_NUMBER() OVER (PARTITION BY person_id"
        + " ORDER BY t DESC, value DESC) AS rn FROM (" + FactSql.facts(FactKind.MEASUREMENT) + ") f WHERE system = ? AND code = ?"
        + " AND unit = ? AND value IS NOT NULL AND t < ? AND person_id IN (SELECT person_id FROM learn_cohort)) x WHERE rn = 1";
    Map<String, Double> values = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement(query)) {
      s.setString(1, "http://loinc.org");
      s.setString(2, code[1]);
      s.setString(3, input.path("unit").asText());
      s.setTimestamp(4, Timestamp.valueOf(index));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.put(r.getString(1), r.getDouble(2));
        }
      }
    }
    return values;
  }

  private Set<String> smokers(LocalDateTime index) throws SQLException {
    JsonNode smoking = mapping.path("smokingStatus");
    Set<String> answers = new HashSet<>();
    smoking.path("smokerAnswers").forEach(a -> answers.add(a.asText()));
    String query = "SELECT person_id, answer FROM (SELECT l.person_id AS person_id, f.value_code AS answer, ROW_NUMBER() OVER"
        + " (PARTITION BY l.person_id ORDER BY f.effective DESC, f.value_code) AS rn FROM observation f JOIN person_link l"
        + " ON l.source = f.source AND l.record_id = f.patient_id WHERE f.code = ? AND f.value_code IS NOT NULL"
        + " AND f.effective < ? AND l.person_id IN (SELECT person_id FROM learn_cohort)) x WHERE rn = 1";
    Set<String> smokers = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement(query)) {
      s.setString(1, smoking.path("code").asText().split(":", 2)[1]);
      s.setTimestamp(2, Timestamp.valueOf(index));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (answers.contains(r.getString(2))) {
            smokers.add(r.getString(1));
          }
        }
      }
    }
    return smokers;
  }

  private Set<String> conditions(LocalDateTime index) throws SQLException {
    FactSql sql = new FactSql(org.medtwin.learn.cohort.CodeHierarchy.load());
    List<org.medtwin.learn.cohort.CodeRef> codes = new java.util.ArrayList<>();
    for (JsonNode c : mapping.path("diabetes")) {
      String text = c.asText();
      boolean descendants = text.startsWith("<<");
      codes.add(new org.medtwin.learn.cohort.CodeRef(org.medtwin.learn.cohort.CodeHierarchy.SNOMED,
          text.substring(text.indexOf(':') + 1), descendants));
    }
    FactSql.Fragment filter = sql.codeFilter(codes);
    String query = "SELECT DISTINCT person_id FROM (" + FactSql.facts(FactKind.CONDITION) + ") f WHERE " + filter.sql()
        + " AND t < ? AND person_id IN (SELECT person_id FROM learn_cohort)";
    Set<String> persons = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement(query)) {
      int p = 1;
      for (Object o : filter.params()) {
        s.setObject(p++, o);
      }
      s.setTimestamp(p, Timestamp.valueOf(index));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          persons.add(r.getString(1));
        }
      }
    }
    return persons;
  }

  private Set<String> treated(LocalDateTime index) throws SQLException {
    JsonNode treatment = mapping.path("hypertensionTreatment");
    List<String> reasons = new java.util.ArrayList<>();
    treatment.path("reasons").forEach(r -> reasons.add(r.asText().split(":", 2)[1]));
    String query = "SELECT DISTINCT l.person_id FROM medication_request f JOIN person_link l ON l.source = f.source"
        + " AND l.record_id = f.patient_id WHERE f.reason_code IN (" + String.join(", ", java.util.Collections.nCopies(reasons.size(), "?"))
        + ") AND f.authored_on < ? AND f.authored_on >= ? AND l.person_id IN (SELECT person_id FROM learn_cohort)";
    Set<String> persons = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement(query)) {
      int p = 1;
      for (String reason : reasons) {
        s.setString(p++, reason);
      }
      s.setTimestamp(p++, Timestamp.valueOf(index));
      s.setTimestamp(p, Timestamp.valueOf(index.minusDays(treatment.path("withinDays").asInt(365))));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          persons.add(r.getString(1));
        }
      }
    }
    return persons;
  }
}
