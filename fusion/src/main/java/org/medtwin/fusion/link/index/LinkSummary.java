package org.medtwin.fusion.link.index;

/**
 * What a linkage run of the store did.
 *
 * @param runId the run's id
 * @param mode {@code full} or {@code incremental}
 * @param records patient records in the index
 * @param newRecords records this run placed (all of them in a full run)
 * @param persons persons in the index
 * @param pairsCompared candidate pairs compared and scored
 * @param seconds wall time
 */
public record LinkSummary(
    String runId, String mode, long records, long newRecords, long persons, long pairsCompared,
    double seconds) {}
