package org.medtwin.learn.cohort;

import java.util.List;

/** The outcome: the first fact of the kind with one of the codes within the time at risk after the index. */
public record Outcome(String name, FactKind kind, List<CodeRef> codes, int horizonDays) {

  /** Guards the parts. */
  public Outcome {
    codes = List.copyOf(codes);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("Outcome '" + name + "' has no codes.");
    }
    if (horizonDays <= 0) {
      throw new IllegalArgumentException("Outcome '" + name + "': horizonDays must be positive, got " + horizonDays + ".");
    }
  }
}
