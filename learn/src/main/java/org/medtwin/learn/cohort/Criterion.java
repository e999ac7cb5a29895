package org.medtwin.learn.cohort;

import java.util.List;

/** One inclusion or exclusion criterion of a cohort, evaluated before the index date. */
public sealed interface Criterion permits Criterion.HasFact, Criterion.AnyOf {

  /** The criterion's name as the attrition table shows it. */
  String name();

  /**
   * A person has a fact of the kind with one of the codes in the window before the index (any time
   * when {@code withinDays} is null); for measurements, the latest value in the window must lie in
   * [min, max] when given (in the store's normalised unit).
   */
  record HasFact(String name, FactKind kind, List<CodeRef> codes, Integer withinDays, Double min, Double max)
      implements Criterion {
    /** Guards the parts. */
    public HasFact {
      codes = List.copyOf(codes);
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("Criterion '" + name + "' has no codes.");
      }
      if (withinDays != null && withinDays <= 0) {
        throw new IllegalArgumentException("Criterion '" + name + "': withinDays must be positive, got " + withinDays + ".");
      }
      if ((min != null || max != null) && kind != FactKind.MEASUREMENT) {
        throw new IllegalArgumentException("Criterion '" + name + "': min/max apply to measurements only, not " + kind.label() + ".");
      }
    }
  }

  /** A person meets at least one of the criteria. */
  record AnyOf(String name, List<Criterion> anyOf) implements Criterion {
    /** Guards the parts. */
    public AnyOf {
      anyOf = List.copyOf(anyOf);
      if (anyOf.isEmpty()) {
        throw new IllegalArgumentException("Criterion '" + name + "': anyOf is empty.");
      }
    }
  }
}
