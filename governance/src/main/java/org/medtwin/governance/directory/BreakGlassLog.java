package org.medtwin.governance.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.medtwin.governance.GovernanceStoreException;

/**
 * Break-glass accesses with their stated reasons ({@code gov_break_glass}), each joined to its
 * audit entry and waiting for a reviewer. The reason is free text, so it lives here and not in
 * the hash-chained trail.
 */
public final class BreakGlassLog {

  /**
   * One break-glass access.
   *
   * @param eventId its id
   * @param recordedAt when, ISO-8601 UTC
   * @param userId who
   * @param role in which role
   * @param patientId whose record
   * @param reason the reason they stated
   * @param auditSequence the audit entry of the access
   * @param reviewedBy who reviewed it, or {@code null} while it waits
   * @param reviewNote the reviewer's note, or {@code null}
   */
  public record BreakGlassEvent(
      String eventId, String recordedAt, String userId, String role, String patientId,
      String reason, long auditSequence, String reviewedBy, String reviewNote) {}

  private final Connection connection;
  private final Clock clock;

  /** A log on this connection (the caller owns it). */
  public BreakGlassLog(Connection connection, Clock clock) {
    this.connection = java.util.Objects.requireNonNull(connection, "connection");
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /** Records one break-glass access; returns its event id. */
  public String record(
      String userId, String role, String patientId, String reason, long auditSequence) {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO gov_break_glass (event_id, recorded_at, user_id, role, patient_id,"
                + " reason, audit_sequence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, now());
      insert.setString(3, userId);
      insert.setString(4, role);
      insert.setString(5, patientId);
      insert.setString(6, reason);
      insert.setLong(7, auditSequence);
      insert.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new GovernanceStoreException(
          "Cannot record the break-glass access: " + e.getMessage(), e);
    }
  }

  /** The accesses no reviewer has looked at yet, oldest first. */
  public List<BreakGlassEvent> awaitingReview() {
    return query("WHERE reviewed_by IS NULL", null);
  }

  /** The break-glass accesses to one patient's record, oldest first. */
  public List<BreakGlassEvent> forPatient(String patientId) {
    return query("WHERE patient_id = ?", patientId);
  }

  /** Marks an access reviewed; returns false when there is no such event. */
  public boolean review(String eventId, String reviewer, String note) {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE gov_break_glass SET reviewed_by = ?, reviewed_at = ?, review_note = ?"
                + " WHERE event_id = ?")) {
      update.setString(1, reviewer);
      update.setString(2, now());
      update.setString(3, note);
      update.setString(4, eventId);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new GovernanceStoreException("Cannot record the review: " + e.getMessage(), e);
    }
  }

  private List<BreakGlassEvent> query(String where, String parameter) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT event_id, recorded_at, user_id, role, patient_id, reason, audit_sequence,"
                + " reviewed_by, review_note FROM gov_break_glass " + where
                + " ORDER BY audit_sequence")) {
      if (parameter != null) {
        select.setString(1, parameter);
      }
      List<BreakGlassEvent> events = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(
              new BreakGlassEvent(
                  rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                  rows.getString(5), rows.getString(6), rows.getLong(7), rows.getString(8),
                  rows.getString(9)));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new GovernanceStoreException("Cannot read break-glass events: " + e.getMessage(), e);
    }
  }

  private String now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
  }
}
