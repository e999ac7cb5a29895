package org.medtwin.governance.policy;

import java.util.Optional;

/**
 * What the policy decision point needs to know about users, care teams and consent; the
 * directory in the store answers it, a test can answer it from memory.
 */
public interface AccessFacts {

  /** The user of this id, if known. */
  Optional<UserAccount> user(String userId);

  /** Whether the user belongs to a care team that cares for the patient. */
  boolean onCareTeamOf(String userId, String patientId);

  /** The patient's consent; {@link Consent#none} when nothing is recorded. */
  Consent consent(String patientId);
}
