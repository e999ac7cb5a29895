package org.medtwin.governance.policy;

import java.util.Set;

/**
 * A user as the directory knows them: identity and roles only; credentials are the login's job.
 *
 * @param userId the user's id
 * @param displayName a name to show, or {@code null}
 * @param roles the roles they hold
 * @param patientId for a patient user, the patient they are; otherwise {@code null}
 * @param active whether they may act at all
 */
public record UserAccount(
    String userId, String displayName, Set<Role> roles, String patientId, boolean active) {

  public UserAccount {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("A user needs an id.");
    }
    roles = Set.copyOf(roles);
    patientId = patientId == null || patientId.isBlank() ? null : patientId;
  }

  /** Whether the user holds this role. */
  public boolean holds(Role role) {
    return roles.contains(role);
  }
}
