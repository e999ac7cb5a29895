package org.medtwin.learn.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.medtwin.store.StoreException;

/**
 * The model registry in the store ({@code learn_model}, migration V6): models are inserted once,
 * immutable, with the next version of their study and algorithm and an id that carries a hash of
 * their bytes; retraining adds a version and never overwrites. There is no update or delete.
 */
public final class ModelRegistry {

  private static final String COLUMNS = "model_id, study, algorithm, version, created_at, code_version, seed,"
      + " cohort_json, feature_set_json, data_snapshot_hash, split_json, hyperparameters_json, preprocessing_json,"
      + " metrics_json, model_card_json, model_bytes, model_sha256";

  private final Connection connection;

  public ModelRegistry(Connection connection) {
    this.connection = connection;
  }

  /** What a new model brings; the registry adds id, version, creation time and hash. */
  public record NewModel(String study, String algorithm, String codeVersion, long seed, String cohortJson,
      String featureSetJson, String dataSnapshotHash, String splitJson, String hyperParametersJson,
      String preprocessingJson, String metricsJson, String modelCardJson, byte[] modelBytes) {}

  /**
   * Stores a new model version.
   *
   * @throws StoreException when the store cannot be written
   */
  public RegisteredModel register(NewModel m) {
    try {
      int version = nextVersion(m.study(), m.algorithm());
      String sha = sha256(m.modelBytes(), m.metricsJson().getBytes(StandardCharsets.UTF_8));
      String id = m.study() + "-" + m.algorithm() + "-v" + version + "-" + sha.substring(0, 8);
      java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
      RegisteredModel model = new RegisteredModel(id, m.study(), m.algorithm(), version, now, m.codeVersion(), m.seed(),
          m.cohortJson(), m.featureSetJson(), m.dataSnapshotHash(), m.splitJson(), m.hyperParametersJson(),
          m.preprocessingJson(), m.metricsJson(), m.modelCardJson(), m.modelBytes(), sha);
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO learn_model (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int p = 1;
        insert.setString(p++, id);
        insert.setString(p++, m.study());
        insert.setString(p++, m.algorithm());
        insert.setInt(p++, version);
        insert.setTimestamp(p++, Timestamp.valueOf(now));
        insert.setString(p++, m.codeVersion());
        insert.setLong(p++, m.seed());
        for (String json : new String[] {m.cohortJson(), m.featureSetJson(), m.dataSnapshotHash(), m.splitJson(),
            m.hyperParametersJson(), m.preprocessingJson(), m.metricsJson(), m.modelCardJson()}) {
          insert.setString(p++, json);
        }
        insert.setBytes(p++, m.modelBytes());
        insert.setString(p, sha);
        insert.executeUpdate();
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return model;
    } catch (SQLException e) {
      throw new StoreException("Cannot register the " + m.algorithm() + " model of study " + m.study() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The model with this id.
   *
   * @throws StoreException when the store cannot be read
   */
  public Optional<RegisteredModel> find(String modelId) {
    List<RegisteredModel> found = query("SELECT " + COLUMNS + " FROM learn_model WHERE model_id = ?", modelId);
    return found.stream().findFirst();
  }

  /** Every model, newest version last within each study and algorithm. */
  public List<RegisteredModel> list() {
    return query("SELECT " + COLUMNS + " FROM learn_model ORDER BY study, algorithm, version");
  }

  /** The latest version of a study's model by algorithm. */
  public Optional<RegisteredModel> latest(String study, String algorithm) {
    List<RegisteredModel> found = query("SELECT " + COLUMNS + " FROM learn_model WHERE study = ? AND algorithm = ?"
        + " ORDER BY version DESC", study, algorithm);
    return found.stream().findFirst();
  }

  private int nextVersion(String study, String algorithm) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT max(version) FROM learn_model WHERE study = ? AND algorithm = ?")) {
      statement.setString(1, study);
      statement.setString(2, algorithm);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getInt(1) + 1;
      }
    }
  }

  private List<RegisteredModel> query(String sql, String... params) {
    List<RegisteredModel> models = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setString(i + 1, params[i]);
      }
      try (ResultSet r = statement.executeQuery()) {
        while (r.next()) {
          models.add(new RegisteredModel(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
              r.getTimestamp(5).toLocalDateTime(), r.getString(6), r.getLong(7), r.getString(8), r.getString(9),
              r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
              r.getBytes(16), r.getString(17)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the model registry: " + e.getMessage(), e);
    }
    return models;
  }

  static String sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256.", e);
    }
  }
}
