package org.medtwin.fusion.link.block;

import org.medtwin.fusion.link.standardize.PersonRecord;

/** Which pairs of records linkage considers at all. */
public enum PairScope {
  /** Every pair: duplicates inside one source and links across sources. */
  ALL_PAIRS,
  /** Only pairs from different sources (each source is known to be free of duplicates). */
  ACROSS_SOURCES;

  /** Whether a pair of records is in scope. */
  public boolean admits(PersonRecord a, PersonRecord b) {
    return this == ALL_PAIRS || !a.source().equals(b.source());
  }
}
