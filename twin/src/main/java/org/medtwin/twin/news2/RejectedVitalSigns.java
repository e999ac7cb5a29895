package org.medtwin.twin.news2;

import java.util.List;

/**
 * Vital signs that were not scored because a value is missing or physiologically impossible.
 *
 * @param reasons one sentence per bad value, naming it
 */
public record RejectedVitalSigns(List<String> reasons) implements News2Assessment {

  public RejectedVitalSigns {
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs at least one reason");
    }
  }

  /** The reasons in one line. */
  public String message() {
    return String.join("; ", reasons);
  }
}
