package org.medtwin.learn.cohort;

import java.time.LocalDate;
import java.util.Set;

/**
 * One person of a cohort: the linked person id, sex and birth date from the golden record, age at
 * the index date, the outcome label within the time at risk and the sources (hospitals) that hold
 * the person's records.
 */
public record CohortMember(String personId, String sex, LocalDate birthDate, double ageAtIndex, int label, Set<String> sources) {

  /** Guards the parts. */
  public CohortMember {
    sources = Set.copyOf(sources);
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException("Label of " + personId + " must be 0 or 1, got " + label + ".");
    }
  }
}
