package org.medtwin.hospital.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.medtwin.governance.policy.Role;

/**
 * Server-side sessions keyed by 256-bit random ids; a session idle for longer than the limit is
 * gone. Nothing about the user travels in the cookie but the id.
 */
public final class Sessions {

  private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration idle;

  /** Sessions that expire after {@code idle} without use. */
  public Sessions(Clock clock, Duration idle) {
    this.clock = clock;
    this.idle = idle;
  }

  /** Opens a session for a signed-in user. */
  public Session open(String userId, String displayName, Role role) {
    Session session =
        new Session(token(), userId, displayName, role, token(), clock.instant());
    byId.put(session.id(), session);
    return session;
  }

  /** The live session with this id, marked as used now; empty when unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (session.lastSeen().plus(idle).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session touched = session.touched(now);
    byId.put(id, touched);
    return Optional.of(touched);
  }

  /** Ends a session (logout). */
  public void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return TOKENS.encodeToString(bytes);
  }
}
