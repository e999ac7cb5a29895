package org.medtwin.fusion.link.compare;

import java.util.List;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Compares identifiers from the same assigning authority: exact, one typing error, different;
 * identifiers of different authorities say nothing (missing).
 *
 * @param authority the authority to compare, or {@code null} for any authority both records have
 */
public record IdentifierComparison(String authority) implements Comparison {

  private static final List<String> LABELS =
      List.of("exact, same authority", "one edit, same authority", DIFFERENT, MISSING);

  @Override
  public String name() {
    return authority == null ? "identifier" : "identifier " + authority;
  }

  @Override
  public List<String> labels() {
    return LABELS;
  }

  @Override
  public int level(PersonRecord a, PersonRecord b) {
    int best = 3;
    for (PersonIdentifier x : a.identifiers()) {
      if (authority != null && !authority.equals(x.authority())) {
        continue;
      }
      for (PersonIdentifier y : b.identifiers()) {
        if (!x.authority().equals(y.authority())) {
          continue;
        }
        if (x.value().equals(y.value())) {
          return 0;
        }
        best = Math.min(best, DamerauLevenshtein.within(x.value(), y.value(), 1) ? 1 : 2);
      }
    }
    return best;
  }
}
