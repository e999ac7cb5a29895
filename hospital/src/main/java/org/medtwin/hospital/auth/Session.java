package org.medtwin.hospital.auth;

import java.time.Instant;
import org.medtwin.governance.policy.Role;

/**
 * A signed-in user's session.
 *
 * @param id the random session id the cookie carries
 * @param userId who signed in
 * @param displayName a name to greet them by
 * @param role the role they act in for this session
 * @param csrfToken the token every form post of this session must carry
 * @param lastSeen when the session was last used
 */
public record Session(
    String id, String userId, String displayName, Role role, String csrfToken, Instant lastSeen) {

  /** The same session, used now. */
  Session touched(Instant now) {
    return new Session(id, userId, displayName, role, csrfToken, now);
  }
}
