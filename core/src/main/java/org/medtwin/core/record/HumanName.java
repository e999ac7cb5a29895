package org.medtwin.core.record;

import java.util.List;

/**
 * A person's name as one source recorded it.
 *
 * @param use FHIR name use ({@code official}, {@code maiden}, {@code nickname}), or {@code null}
 * @param family the surname, or {@code null}
 * @param given given names in order
 * @param prefix prefixes such as {@code Mr.}
 */
public record HumanName(String use, String family, List<String> given, List<String> prefix) {

  public HumanName {
    use = Require.optional(use);
    family = Require.optional(family);
    given = Require.list(given);
    prefix = Require.list(prefix);
  }

  /** The first given name, or {@code null}. */
  public String firstGiven() {
    return given.isEmpty() ? null : given.get(0);
  }
}
