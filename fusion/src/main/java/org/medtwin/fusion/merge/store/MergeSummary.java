package org.medtwin.fusion.merge.store;

/**
 * What one merge run wrote.
 *
 * @param runId the merge run
 * @param persons golden patients written
 * @param sourceFacts source facts behind the merged facts
 * @param mergedFacts merged facts
 * @param conflicts conflicts found
 * @param rowsChanged rows inserted or deleted across the golden tables; 0 when a re-run found
 *     everything as it was
 */
public record MergeSummary(
    String runId, long persons, long sourceFacts, long mergedFacts, long conflicts, long rowsChanged) {}
