package org.medtwin.learn.cohort;

import java.time.LocalDateTime;
import java.util.List;

/** A built cohort: its definition, its members in person-id order, the attrition table and the store's data end. */
public record Cohort(CohortDefinition definition, List<CohortMember> members, List<AttritionStep> attrition, LocalDateTime dataEnd) {

  /** Guards the parts. */
  public Cohort {
    members = List.copyOf(members);
    attrition = List.copyOf(attrition);
  }

  /** The number of members with the outcome. */
  public int events() {
    return (int) members.stream().filter(m -> m.label() == 1).count();
  }
}
