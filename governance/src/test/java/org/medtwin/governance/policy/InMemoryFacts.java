package org.medtwin.governance.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users, care teams and consents held in memory, for decision tests without a store. */
final class InMemoryFacts implements AccessFacts {

  private final Map<String, UserAccount> users = new HashMap<>();
  private final Set<String> careTeamPairs = new HashSet<>();
  private final Map<String, Consent> consents = new HashMap<>();

  InMemoryFacts user(UserAccount user) {
    users.put(user.userId(), user);
    return this;
  }

  InMemoryFacts careTeam(String userId, String patientId) {
    careTeamPairs.add(userId + "|" + patientId);
    return this;
  }

  InMemoryFacts consent(Consent consent) {
    consents.put(consent.patientId(), consent);
    return this;
  }

  @Override
  public Optional<UserAccount> user(String userId) {
    return Optional.ofNullable(users.get(userId));
  }

  @Override
  public boolean onCareTeamOf(String userId, String patientId) {
    return careTeamPairs.contains(userId + "|" + patientId);
  }

  @Override
  public Consent consent(String patientId) {
    return consents.getOrDefault(patientId, Consent.none(patientId));
  }
}
