package org.medtwin.fusion.link.index;

import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * A patient row of the store, standardized for linkage.
 *
 * @param person the standardized record, keyed by source and the source's patient id
 * @param contentHash the row's content hash, which tells whether it changed since it was linked
 */
public record StoredPatient(PersonRecord person, String contentHash) {}
