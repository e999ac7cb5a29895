package org.medtwin.learn.cohort;

import java.time.LocalDate;
import java.util.List;

/**
 * A declarative cohort: the target population at a calendar index date (age band, observed in the
 * look-back), inclusion and exclusion criteria, and the outcome with its time at risk. Read from
 * JSON by {@link CohortDefinitions}.
 */
public record CohortDefinition(
    String name,
    String title,
    String description,
    LocalDate indexDate,
    int minAge,
    int maxAge,
    int lookbackDays,
    List<Criterion> inclusion,
    List<Criterion> exclusion,
    Outcome outcome,
    List<String> sources) {

  /** Guards the parts. */
  public CohortDefinition {
    inclusion = List.copyOf(inclusion);
    exclusion = List.copyOf(exclusion);
    sources = List.copyOf(sources);
    if (!name.matches("[a-z0-9][a-z0-9-]{0,40}")) {
      throw new IllegalArgumentException("Study name '" + name + "' must be lower-case letters, digits and dashes.");
    }
    if (minAge < 0 || maxAge < minAge) {
      throw new IllegalArgumentException("Study " + name + ": age band [" + minAge + ", " + maxAge + "] is empty.");
    }
    if (lookbackDays <= 0) {
      throw new IllegalArgumentException("Study " + name + ": lookbackDays must be positive, got " + lookbackDays + ".");
    }
  }
}
