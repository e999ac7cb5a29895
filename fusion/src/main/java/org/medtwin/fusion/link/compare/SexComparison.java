package org.medtwin.fusion.link.compare;

import java.util.List;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.standardize.PersonRecord;

/** Compares administrative sex: same, different, or missing when either is unknown. */
public record SexComparison() implements Comparison {

  private static final List<String> LABELS = List.of("exact", DIFFERENT, MISSING);

  @Override
  public String name() {
    return "sex";
  }

  @Override
  public List<String> labels() {
    return LABELS;
  }

  @Override
  public int level(PersonRecord a, PersonRecord b) {
    if (a.sex() == Sex.UNKNOWN || b.sex() == Sex.UNKNOWN) {
      return 2;
    }
    return a.sex() == b.sex() ? 0 : 1;
  }
}
