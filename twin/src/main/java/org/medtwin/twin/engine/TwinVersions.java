package org.medtwin.twin.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medtwin.store.PatientStore;

/**
 * Twin versions in the store's {@code twin_version} table: a new version whenever the facts behind
 * the twin change, forks for scenarios, and lookups. Versions are only ever inserted.
 */
public final class TwinVersions {

  /** The real patient's branch. */
  public static final String MAIN = "main";

  private static final ObjectMapper JSON = TwinJson.MAPPER;

  private final PatientStore store;
  private final TwinAssembler assembler;
  private final Scenario scenario;
  private final Clock clock;

  public TwinVersions(PatientStore store, ModelCatalog catalog, Clock clock) {
    this.store = store;
    this.assembler = new TwinAssembler(store, catalog);
    this.scenario = new Scenario(catalog);
    this.clock = clock;
  }

  /**
   * Assembles the twin from the store now; stores a new main version only if its facts changed.
   *
   * @param runId the run making it, kept as provenance
   * @throws TwinException if the patient is not in the store
   */
  public TwinVersion update(String patientId, String runId) {
    Instant now = clock.instant();
    AssembledTwin assembled = assembler.assemble(patientId, now);
    Optional<TwinVersion> latest = latest(patientId, MAIN);
    if (latest.isPresent() && latest.get().factsHash().equals(assembled.factsHash())) {
      return latest.get();
    }
    TwinVersion version = new TwinVersion(patientId, MAIN, latest.map(v -> v.version() + 1).orElse(1),
        latest.map(TwinVersion::branch).orElse(null), latest.map(TwinVersion::version).orElse(null), now,
        latest.isPresent() ? "new or changed facts in the store" : "first assembly from the store",
        assembled.factsHash(), assembled.twin(), assembled.facts(), runId);
    insert(version);
    return version;
  }

  /**
   * Forks a version to try a scenario: a new version on the named branch, the real twin untouched.
   *
   * @param branch the fork's name (not {@value #MAIN}); forking onto an existing fork adds a version to it
   * @throws TwinException if the branch is main or a stop names no current medication
   */
  public TwinVersion fork(TwinVersion base, String branch, List<ScenarioChange> changes, String runId) {
    if (branch == null || branch.isBlank() || branch.equals(MAIN) || branch.contains("@")) {
      throw new TwinException("A fork needs its own name, not '" + branch + "'. Maybe 'try-" + "gentamicin'?");
    }
    Instant now = clock.instant();
    PatientTwin changed = scenario.apply(base.twin(), changes, now);
    int next = latest(base.patientId(), branch).map(v -> v.version() + 1).orElse(1);
    TwinVersion version = new TwinVersion(base.patientId(), branch, next, base.branch(), base.version(), now,
        "scenario: " + String.join("; ", changes.stream().map(ScenarioChange::describe).toList()),
        base.factsHash(), changed, base.provenance(), runId);
    insert(version);
    return version;
  }

  /** The newest version on a branch. */
  public Optional<TwinVersion> latest(String patientId, String branch) {
    List<TwinVersion> versions = query(
        "SELECT * FROM twin_version WHERE patient_id = ? AND branch = ? ORDER BY version DESC LIMIT 1",
        patientId, branch);
    return versions.stream().findFirst();
  }

  /** One version. */
  public Optional<TwinVersion> get(String patientId, String branch, int version) {
    return query("SELECT * FROM twin_version WHERE patient_id = ? AND branch = ? AND version = ?",
        patientId, branch, version).stream().findFirst();
  }

  /** Every version of the patient's twin, by branch then version. */
  public List<TwinVersion> history(String patientId) {
    return query("SELECT * FROM twin_version WHERE patient_id = ? ORDER BY branch, version", patientId);
  }

  private void insert(TwinVersion version) {
    String sql = "INSERT INTO twin_version (patient_id, branch, version, parent_branch, parent_version, created_at,"
        + " reason, facts_hash, twin_json, provenance_json, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    Connection connection = store.connection();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, version.patientId());
      statement.setString(2, version.branch());
      statement.setInt(3, version.version());
      statement.setString(4, version.parentBranch());
      if (version.parentVersion() == null) {
        statement.setNull(5, java.sql.Types.INTEGER);
      } else {
        statement.setInt(5, version.parentVersion());
      }
      statement.setTimestamp(6, Timestamp.valueOf(version.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime()));
      statement.setString(7, version.reason());
      statement.setString(8, version.factsHash());
      statement.setString(9, JSON.writeValueAsString(version.twin()));
      statement.setString(10, JSON.writeValueAsString(version.provenance()));
      statement.setString(11, version.runId());
      statement.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new TwinException("Cannot store twin version " + version.label() + ": " + e.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A twin must always serialize: " + e.getMessage(), e);
    }
  }

  private List<TwinVersion> query(String sql, Object... parameters) {
    List<TwinVersion> versions = new ArrayList<>();
    try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          versions.add(read(rows));
        }
      }
    } catch (SQLException e) {
      throw new TwinException("Cannot read twin versions: " + e.getMessage(), e);
    }
    return versions;
  }

  private static TwinVersion read(ResultSet rows) throws SQLException {
    int parent = rows.getInt("parent_version");
    Integer parentVersion = rows.wasNull() ? null : parent;
    try {
      return new TwinVersion(rows.getString("patient_id"), rows.getString("branch"), rows.getInt("version"),
          rows.getString("parent_branch"), parentVersion,
          rows.getTimestamp("created_at").toLocalDateTime().toInstant(ZoneOffset.UTC), rows.getString("reason"),
          rows.getString("facts_hash"), JSON.readValue(rows.getString("twin_json"), PatientTwin.class),
          JSON.readValue(rows.getString("provenance_json"), new TypeReference<List<FactRef>>() {}),
          rows.getString("run_id"));
    } catch (JsonProcessingException e) {
      throw new TwinException("Twin version " + rows.getString("branch") + "@" + rows.getInt("version")
          + " of patient " + rows.getString("patient_id") + " is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
