package org.medtwin.learn.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.medtwin.learn.cohort.CohortMember;
import org.medtwin.learn.feature.FeatureExtractor;
import org.medtwin.learn.feature.FeatureMatrix;
import org.medtwin.learn.model.TrainedModel;
import org.medtwin.learn.registry.RegisteredModel;
import org.medtwin.store.StoreException;

/** Scores one linked person with a registered model: risk, interval, explanation and model id. */
public final class PatientScorer {

  private final Connection connection;

  public PatientScorer(Connection connection) {
    this.connection = connection;
  }

  /**
   * Scores the person at the given date (the study's index date when null).
   *
   * @throws IllegalArgumentException when the person has no golden record or no birth date
   */
  public PatientScore score(RegisteredModel model, String personId, LocalDate at, int top) {
    StoredParts.FeatureSet features = StoredParts.featureSet(model.featureSetJson());
    LocalDate index = at == null ? features.indexDate() : at;
    CohortMember member = member(personId, index);
    FeatureMatrix matrix = new FeatureExtractor(connection, features.settings())
        .withColumns(List.of(member), index.atStartOfDay(), features.columns());
    TrainedModel trained = ModelReevaluation.load(model);
    double risk = trained.risk(matrix)[0];
    float[] c = trained.contributions(matrix)[0];
    double[] interval = interval(model, risk);
    return new PatientScore(model.modelId(), personId, index.toString(), risk, interval[0], interval[1],
        "observed event rate among the model's " + (int) interval[2] + " test persons in the same risk decile"
            + " (Wilson 95% interval)", c[c.length - 1], Explanations.forRow(trained, matrix, 0, top));
  }

  private CohortMember member(String personId, LocalDate index) {
    try (PreparedStatement s = connection.prepareStatement("SELECT birth_date, sex FROM golden_patient WHERE person_id = ?")) {
      s.setString(1, personId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("No person " + personId + " in the store. Maybe use a person id (P-...) from"
              + " `medtwin persons export` rather than a source record id?");
        }
        java.sql.Date birth = r.getDate(1);
        if (birth == null) {
          throw new IllegalArgumentException("Person " + personId + " has no birth date; the models need the age.");
        }
        double age = ChronoUnit.DAYS.between(birth.toLocalDate(), index) / 365.25;
        return new CohortMember(personId, r.getString(2), birth.toLocalDate(), age, 0, Set.of());
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read person " + personId + ": " + e.getMessage(), e);
    }
  }

  private static double[] interval(RegisteredModel model, double risk) {
    JsonNode bands = StoredParts.tree(model.metricsJson(), "metrics").path("riskBands");
    JsonNode chosen = bands.get(bands.size() - 1);
    for (JsonNode band : bands) {
      if (risk <= band.path("high").asDouble()) {
        chosen = band;
        break;
      }
    }
    int n = chosen.path("persons").asInt();
    int events = chosen.path("events").asInt();
    double[] w = wilson(events, n);
    return new double[] {w[0], w[1], n};
  }

  /** Wilson's score interval for a binomial proportion at 95%. */
  static double[] wilson(int events, int n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double z = 1.959963984540054;
    double p = (double) events / n;
    double denominator = 1 + z * z / n;
    double centre = (p + z * z / (2 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
