package org.medtwin.governance.policy;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A patient's consent choices: whether they opt out of research use, and which sections they
 * withhold from which roles.
 *
 * @param patientId the patient
 * @param researchOptOut whether their data may not be used for research
 * @param withheld for each section (such as {@code mental_health}), the roles it is withheld from
 */
public record Consent(String patientId, boolean researchOptOut, Map<String, Set<Role>> withheld) {

  public Consent {
    withheld = Map.copyOf(withheld);
  }

  /** No restriction recorded: the default for a patient without a consent row. */
  public static Consent none(String patientId) {
    return new Consent(patientId, false, Map.of());
  }

  /** The sections withheld from this role. */
  public SortedSet<String> withheldFrom(Role role) {
    SortedSet<String> sections = new TreeSet<>();
    withheld.forEach(
        (section, roles) -> {
          if (roles.contains(role)) {
            sections.add(section);
          }
        });
    return sections;
  }
}
