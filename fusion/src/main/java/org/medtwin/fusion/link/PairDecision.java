package org.medtwin.fusion.link;

import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * A person's verdict on a pair of records, which linkage obeys whatever the model says.
 *
 * @param a one record
 * @param b the other record
 * @param same true when they are one person, false when they are different persons
 */
public record PairDecision(RecordKey a, RecordKey b, boolean same) {}
