package org.medtwin.governance.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medtwin.governance.GovernanceStoreException;
import org.medtwin.governance.Transactions;
import org.medtwin.governance.key.GovernanceKey;

/**
 * The append-only audit trail in the store ({@code gov_audit_entry}, {@code gov_audit_head}):
 * appends events as a hash chain and answers who looked at a patient's record. The head (count
 * and last hash, HMAC-signed when an audit key is given) moves in the same transaction as the
 * entry, so a cut tail shows.
 */
public final class AuditTrail {

  private static final int ATTEMPTS = 20;

  /** One appender at a time per JVM (see {@link #append}). */
  private static final Object APPEND_LOCK = new Object();

  private static final String COLUMNS =
      "sequence, recorded_at, user_id, role, purpose, patient_id, action, what, outcome, reasons,"
          + " previous_hash, entry_hash";

  private final Connection connection;
  private final GovernanceKey headKey;
  private final Clock clock;

  /**
   * A trail on this connection (the caller owns it).
   *
   * @param headKey the key that signs the head, or {@code null} to leave it unsigned
   */
  public AuditTrail(Connection connection, GovernanceKey headKey, Clock clock) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.headKey = headKey;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Appends one event at the end of the chain; concurrent appenders retry on conflict.
   *
   * @throws GovernanceStoreException when the store refuses it after retries
   */
  public AuditEntry append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    SQLException last = null;
    // Writers in one JVM take turns, so they never race for the head; the retries below are for
    // writers in other processes (several servers on one PostgreSQL store).
    synchronized (APPEND_LOCK) {
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          return Transactions.inTransaction(connection, () -> tryAppend(event));
        } catch (SQLException e) {
          last = e;
        } catch (HeadMoved e) {
          last = null;
        }
        backOff(attempt);
      }
    }
    throw new GovernanceStoreException(
        "Could not append to the audit trail after " + ATTEMPTS + " attempts"
            + (last == null ? " (other writers kept moving the head)." : ": " + last.getMessage()),
        last);
  }

  /** Waits a little longer after each conflict, with jitter, so competing processes spread out. */
  private static void backOff(int attempt) {
    try {
      Thread.sleep(attempt * 2L + java.util.concurrent.ThreadLocalRandom.current().nextInt(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private AuditEntry tryAppend(AuditEvent event) throws SQLException {
    Head head = Head.read(connection);
    long sequence = head == null ? 1 : head.count() + 1;
    String previous = head == null ? AuditHashes.GENESIS : head.lastHash();
    String at = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    String hash = AuditHashes.hash(previous, sequence, at, event);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO gov_audit_entry (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      insert.setLong(1, sequence);
      insert.setString(2, at);
      insert.setString(3, event.userId());
      insert.setString(4, event.role());
      insert.setString(5, event.purpose());
      insert.setString(6, event.patientId());
      insert.setString(7, event.action());
      insert.setString(8, event.what());
      insert.setString(9, event.outcome());
      insert.setString(10, event.reasons());
      insert.setString(11, previous);
      insert.setString(12, hash);
      insert.executeUpdate();
    }
    String signature = headKey == null ? null : AuditHashes.signHead(headKey, sequence, hash);
    if (head == null) {
      Head.insert(connection, sequence, hash, signature, at);
    } else if (!Head.advance(connection, head.count(), sequence, hash, signature, at)) {
      throw new HeadMoved();
    }
    return new AuditEntry(sequence, at, event, previous, hash);
  }

  /** The entries about one patient, oldest first: who looked at their record, and why. */
  public List<AuditEntry> forPatient(String patientId) {
    return query(
        "SELECT " + COLUMNS + " FROM gov_audit_entry WHERE patient_id = ? ORDER BY sequence",
        patientId);
  }

  /** The last {@code limit} entries, oldest first. */
  public List<AuditEntry> latest(int limit) {
    List<AuditEntry> entries =
        query(
            "SELECT " + COLUMNS + " FROM gov_audit_entry ORDER BY sequence DESC LIMIT "
                + Math.max(0, limit),
            null);
    List<AuditEntry> ordered = new ArrayList<>(entries);
    java.util.Collections.reverse(ordered);
    return ordered;
  }

  /** Checks the whole chain and its head; see {@link AuditChainVerifier}. */
  public AuditVerification verify() {
    return new AuditChainVerifier(connection, headKey).verify();
  }

  private List<AuditEntry> query(String sql, String parameter) {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (parameter != null) {
        select.setString(1, parameter);
      }
      List<AuditEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(read(rows));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new GovernanceStoreException("Cannot read the audit trail: " + e.getMessage(), e);
    }
  }

  /** One row of {@code gov_audit_entry} in {@link #COLUMNS} order. */
  static AuditEntry read(ResultSet rows) throws SQLException {
    AuditEvent event =
        new AuditEvent(
            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
            rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10));
    return new AuditEntry(
        rows.getLong(1), rows.getString(2), event, rows.getString(11), rows.getString(12));
  }

  static String columns() {
    return COLUMNS;
  }

  /** Another writer advanced the head between our read and our write: try again. */
  private static final class HeadMoved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeadMoved() {
      super(null, null, false, false);
    }
  }
}
