package org.medtwin.fusion.link.score;

import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * A pair whose class a person (or a trusted rule) has decided, used to guide estimation.
 *
 * @param a one record
 * @param b the other record
 * @param match whether they are the same person
 */
public record LabelledPair(RecordKey a, RecordKey b, boolean match) {}
