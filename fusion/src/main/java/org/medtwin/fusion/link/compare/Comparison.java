package org.medtwin.fusion.link.compare;

import java.util.List;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * How one field of two records compares, as one of a few ordered levels: the first label is the
 * strongest agreement, the second-to-last is "different", and the last is "missing" (either side
 * lacks the field), which carries no evidence either way.
 */
public sealed interface Comparison
    permits StringComparison, BirthDateComparison, IdentifierComparison, SexComparison {

  /** The label of the last level. */
  String MISSING = "missing";

  /** The label of the second-to-last level. */
  String DIFFERENT = "different";

  /** The comparison's name in explanations, e.g. {@code surname}. */
  String name();

  /** The level labels, strongest agreement first, ending with different and missing. */
  List<String> labels();

  /** The level index of a pair, in {@code [0, labels().size())}. */
  int level(PersonRecord a, PersonRecord b);

  /** The index of the missing level. */
  default int missingLevel() {
    return labels().size() - 1;
  }
}
