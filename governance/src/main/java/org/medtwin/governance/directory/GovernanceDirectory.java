package org.medtwin.governance.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medtwin.governance.GovernanceStoreException;
import org.medtwin.governance.Transactions;
import org.medtwin.governance.audit.AuditEvent;
import org.medtwin.governance.audit.AuditTrail;
import org.medtwin.governance.policy.AccessFacts;
import org.medtwin.governance.policy.Consent;
import org.medtwin.governance.policy.Role;
import org.medtwin.governance.policy.UserAccount;

/**
 * Users, roles, care teams and consents in the store's {@code gov_*} tables, read by the policy
 * decision point and changed by administrators; every change is written to the audit trail.
 */
public final class GovernanceDirectory implements AccessFacts {

  private final Connection connection;
  private final AuditTrail audit;
  private final Clock clock;

  /** A directory on this connection (the caller owns it); changes go to this trail. */
  public GovernanceDirectory(Connection connection, AuditTrail audit, Clock clock) {
    this.connection = java.util.Objects.requireNonNull(connection, "connection");
    this.audit = java.util.Objects.requireNonNull(audit, "audit");
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<UserAccount> user(String userId) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT user_id, display_name, patient_id, active FROM gov_user WHERE user_id = ?")) {
      select.setString(1, userId);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new UserAccount(
                rows.getString(1), rows.getString(2), roles(userId), rows.getString(3),
                rows.getBoolean(4)));
      }
    } catch (SQLException e) {
      throw failure("read user " + userId, e);
    }
  }

  /** Every user, by id. */
  public List<UserAccount> users() {
    List<String> ids = strings("SELECT user_id FROM gov_user ORDER BY user_id");
    List<UserAccount> users = new ArrayList<>();
    for (String id : ids) {
      user(id).ifPresent(users::add);
    }
    return users;
  }

  @Override
  public boolean onCareTeamOf(String userId, String patientId) {
    return !strings(
            "SELECT m.team_id FROM gov_care_team_member m JOIN gov_care_team_patient p"
                + " ON p.team_id = m.team_id WHERE m.user_id = ? AND p.patient_id = ?",
            userId, patientId)
        .isEmpty();
  }

  @Override
  public Consent consent(String patientId) {
    boolean optOut =
        !strings(
                "SELECT patient_id FROM gov_consent WHERE patient_id = ? AND research_opt_out",
                patientId)
            .isEmpty();
    Map<String, Set<Role>> withheld = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT section, role FROM gov_consent_withheld WHERE patient_id = ?")) {
      select.setString(1, patientId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          withheld
              .computeIfAbsent(rows.getString(1), s -> EnumSet.noneOf(Role.class))
              .add(Role.parse(rows.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw failure("read the consent of patient " + patientId, e);
    }
    return new Consent(patientId, optOut, withheld);
  }

  /**
   * Adds a user with roles, or replaces their name, patient and roles when the id exists.
   *
   * @throws IllegalArgumentException when a patient user names no patient
   */
  public void putUser(Actor actor, UserAccount user) {
    if (user.holds(Role.PATIENT) && user.patientId() == null) {
      throw new IllegalArgumentException(
          "User '" + user.userId() + "' has the patient role but names no patient. Maybe give"
              + " --patient ID?");
    }
    write(actor, null, "user:" + user.userId(), () -> {
      update("DELETE FROM gov_user_role WHERE user_id = ?", user.userId());
      update("DELETE FROM gov_user WHERE user_id = ?", user.userId());
      update(
          "INSERT INTO gov_user (user_id, display_name, patient_id, active, created_at)"
              + " VALUES (?, ?, ?, " + (user.active() ? "TRUE" : "FALSE") + ", ?)",
          user.userId(), user.displayName(), user.patientId(), now());
      for (Role role : user.roles()) {
        update("INSERT INTO gov_user_role (user_id, role) VALUES (?, ?)", user.userId(),
            role.code());
      }
    });
  }

  /** Activates or deactivates a user; returns false when there is no such user. */
  public boolean setActive(Actor actor, String userId, boolean active) {
    int[] changed = new int[1];
    write(actor, null, "user-active:" + userId, () -> changed[0] = update(
        "UPDATE gov_user SET active = " + (active ? "TRUE" : "FALSE") + " WHERE user_id = ?",
        userId));
    return changed[0] == 1;
  }

  /** Creates a care team, or renames it. */
  public void putCareTeam(Actor actor, String teamId, String name) {
    requireText(teamId, "care team id");
    write(actor, null, "care-team:" + teamId, () -> {
      update("DELETE FROM gov_care_team WHERE team_id = ?", teamId);
      update("INSERT INTO gov_care_team (team_id, name) VALUES (?, ?)", teamId,
          name == null || name.isBlank() ? teamId : name);
    });
  }

  /**
   * Adds a member to a care team.
   *
   * @throws IllegalArgumentException when the team or the user does not exist
   */
  public void addMember(Actor actor, String teamId, String userId) {
    requireTeam(teamId);
    if (user(userId).isEmpty()) {
      throw new IllegalArgumentException(
          "There is no user '" + userId + "'. Maybe add them with 'medtwin access user add'?");
    }
    write(actor, null, "care-team-member:" + teamId, () -> {
      update("DELETE FROM gov_care_team_member WHERE team_id = ? AND user_id = ?", teamId, userId);
      update("INSERT INTO gov_care_team_member (team_id, user_id) VALUES (?, ?)", teamId, userId);
    });
  }

  /** Removes a member from a care team; returns false when they were not in it. */
  public boolean removeMember(Actor actor, String teamId, String userId) {
    int[] changed = new int[1];
    write(actor, null, "care-team-member:" + teamId, () -> changed[0] = update(
        "DELETE FROM gov_care_team_member WHERE team_id = ? AND user_id = ?", teamId, userId));
    return changed[0] > 0;
  }

  /**
   * Puts a patient in a care team's care.
   *
   * @throws IllegalArgumentException when the team does not exist
   */
  public void addPatient(Actor actor, String teamId, String patientId) {
    requireTeam(teamId);
    requireText(patientId, "patient id");
    write(actor, patientId, "care-team-patient:" + teamId, () -> {
      update("DELETE FROM gov_care_team_patient WHERE team_id = ? AND patient_id = ?", teamId,
          patientId);
      update("INSERT INTO gov_care_team_patient (team_id, patient_id) VALUES (?, ?)", teamId,
          patientId);
    });
  }

  /** Takes a patient out of a care team's care; returns false when they were not in it. */
  public boolean removePatient(Actor actor, String teamId, String patientId) {
    int[] changed = new int[1];
    write(actor, patientId, "care-team-patient:" + teamId, () -> changed[0] = update(
        "DELETE FROM gov_care_team_patient WHERE team_id = ? AND patient_id = ?", teamId,
        patientId));
    return changed[0] > 0;
  }

  /** The care teams: id to name. */
  public Map<String, String> careTeams() {
    Map<String, String> teams = new LinkedHashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT team_id, name FROM gov_care_team ORDER BY team_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        teams.put(rows.getString(1), rows.getString(2));
      }
      return teams;
    } catch (SQLException e) {
      throw failure("read the care teams", e);
    }
  }

  /** A care team's members. */
  public List<String> members(String teamId) {
    return strings(
        "SELECT user_id FROM gov_care_team_member WHERE team_id = ? ORDER BY user_id", teamId);
  }

  /** A care team's patients. */
  public List<String> patients(String teamId) {
    return strings(
        "SELECT patient_id FROM gov_care_team_patient WHERE team_id = ? ORDER BY patient_id",
        teamId);
  }

  /**
   * Records a patient's consent: research opt-out, and the sections withheld from roles (these
   * replace what was recorded).
   */
  public void setConsent(Actor actor, Consent consent) {
    requireText(consent.patientId(), "patient id");
    write(actor, consent.patientId(), "consent", () -> {
      update("DELETE FROM gov_consent WHERE patient_id = ?", consent.patientId());
      update("DELETE FROM gov_consent_withheld WHERE patient_id = ?", consent.patientId());
      update(
          "INSERT INTO gov_consent (patient_id, research_opt_out, updated_at, updated_by)"
              + " VALUES (?, " + (consent.researchOptOut() ? "TRUE" : "FALSE") + ", ?, ?)",
          consent.patientId(), now(), actor.userId());
      for (Map.Entry<String, Set<Role>> section : consent.withheld().entrySet()) {
        for (Role role : section.getValue()) {
          update(
              "INSERT INTO gov_consent_withheld (patient_id, section, role) VALUES (?, ?, ?)",
              consent.patientId(), section.getKey(), role.code());
        }
      }
    });
  }

  private Set<Role> roles(String userId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : strings("SELECT role FROM gov_user_role WHERE user_id = ?", userId)) {
      roles.add(Role.parse(code));
    }
    return roles;
  }

  private void requireTeam(String teamId) {
    if (strings("SELECT team_id FROM gov_care_team WHERE team_id = ?", teamId).isEmpty()) {
      throw new IllegalArgumentException(
          "There is no care team '" + teamId + "'. Maybe create it with"
              + " 'medtwin access care-team add'?");
    }
  }

  /** One change of the directory's tables. */
  private interface Change {
    void apply() throws SQLException;
  }

  /** Runs a change in one transaction, then writes its audit entry. */
  private void write(Actor actor, String patientId, String what, Change change) {
    try {
      Transactions.inTransaction(connection, () -> {
        change.apply();
        return null;
      });
    } catch (SQLException e) {
      throw failure("change " + what, e);
    }
    audit.append(AuditEvent.change(actor.userId(), actor.role().code(), patientId, what));
  }

  private int update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private List<String> strings(String sql, String... parameters) {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw failure("read the directory", e);
    }
  }

  private String now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A " + name + " is needed.");
    }
  }

  private static GovernanceStoreException failure(String what, SQLException e) {
    return new GovernanceStoreException(
        "Cannot " + what + " in the governance tables: " + e.getMessage()
            + " Maybe the store predates schema version 4; opening it with this MedTwin migrates"
            + " it.", e);
  }
}
