package org.medtwin.governance.directory;

import org.medtwin.governance.policy.Role;

/**
 * Who makes an administrative change, for the audit trail.
 *
 * @param userId the acting user (or the operating-system account running the command)
 * @param role the role they act in
 */
public record Actor(String userId, Role role) {

  public Actor {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("A change needs the id of who makes it.");
    }
    java.util.Objects.requireNonNull(role, "role");
  }
}
