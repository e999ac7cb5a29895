package org.medtwin.store.person;

/**
 * One patient record's place in the master patient index.
 *
 * @param source the source system
 * @param recordId the source's patient id
 * @param personId the person the record belongs to
 * @param runId the linkage run that last placed it
 * @param matchProbability the best match probability to another record of its person (1 for a
 *     human-confirmed link, 0 for a record alone)
 * @param contentHash the content hash of the patient row it was linked from
 */
public record PersonLink(
    String source, String recordId, String personId, String runId, double matchProbability,
    String contentHash) {}
