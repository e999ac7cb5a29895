package org.medtwin.hospital.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Local account passwords (Argon2id hashes) in the store, and the failed-login count that locks
 * an account for a while after too many failures in a row.
 */
public final class Credentials {

  /** A hash of a random password, verified when the user is unknown so both cases take as long. */
  private static final String DUMMY_HASH = new PasswordHasher().hash("x-unknown-user".toCharArray());

  private final Connection connection;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  /** Credentials on a migrated store's connection. */
  public Credentials(
      Connection connection, PasswordHasher hasher, Clock clock, int maxFailures,
      Duration lockout) {
    this.connection = connection;
    this.hasher = hasher;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  /**
   * Sets (or replaces) a user's password and unlocks the account.
   *
   * @throws IllegalArgumentException when the password is shorter than 12 characters
   */
  public synchronized void setPassword(String userId, char[] password) {
    if (password.length < 12) {
      throw new IllegalArgumentException(
          "A password needs at least 12 characters (NIST SP 800-63B); this one has "
              + password.length + ".");
    }
    String hash = hasher.hash(password);
    try {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM hospital_credential WHERE user_id = ?")) {
        delete.setString(1, userId);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO hospital_credential (user_id, password_hash, failed_attempts, locked_until,"
              + " changed_at) VALUES (?, ?, 0, NULL, ?)")) {
        insert.setString(1, userId);
        insert.setString(2, hash);
        insert.setTimestamp(3, timestamp(clock.instant()));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the password of " + userId + ": " + e.getMessage(), e);
    }
  }

  /** Checks a password, counting failures and locking the account after too many. */
  public synchronized LoginOutcome verify(String userId, char[] password) {
    Instant now = clock.instant();
    try {
      Stored stored = load(userId);
      if (stored == null) {
        hasher.verify(password, DUMMY_HASH);
        return LoginOutcome.REJECTED;
      }
      if (stored.lockedUntil() != null && now.isBefore(stored.lockedUntil())) {
        return LoginOutcome.LOCKED;
      }
      if (hasher.verify(password, stored.hash())) {
        update(userId, 0, null);
        return LoginOutcome.SIGNED_IN;
      }
      int failures = stored.failures() + 1;
      if (failures >= maxFailures) {
        update(userId, 0, now.plus(lockout));
        return LoginOutcome.LOCKED;
      }
      update(userId, failures, null);
      return LoginOutcome.REJECTED;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check the password of a user: " + e.getMessage(), e);
    }
  }

  private Stored load(String userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT password_hash, failed_attempts, locked_until FROM hospital_credential"
            + " WHERE user_id = ?")) {
      select.setString(1, userId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        Timestamp locked = row.getTimestamp(3);
        return new Stored(row.getString(1), row.getInt(2),
            locked == null ? null : locked.toLocalDateTime().toInstant(ZoneOffset.UTC));
      }
    }
  }

  private void update(String userId, int failures, Instant lockedUntil) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE hospital_credential SET failed_attempts = ?, locked_until = ? WHERE user_id = ?")) {
      update.setInt(1, failures);
      update.setTimestamp(2, lockedUntil == null ? null : timestamp(lockedUntil));
      update.setString(3, userId);
      update.executeUpdate();
    }
  }

  private static Timestamp timestamp(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private record Stored(String hash, int failures, Instant lockedUntil) {}
}
