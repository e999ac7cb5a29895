package org.medtwin.store.person;

import java.time.LocalDateTime;

/**
 * One run of the linker over the store.
 *
 * @param runId the run's id
 * @param mode {@code full} (trained a model, placed every record) or {@code incremental} (placed
 *     new and changed records with an earlier model)
 * @param startedAt when it started, in UTC
 * @param seconds how long it took
 * @param records patient records in the index after the run
 * @param newRecords records this run placed afresh
 * @param persons persons in the index after the run
 * @param pairsCompared candidate pairs compared and scored
 * @param modelRunId the full run whose model scored the pairs
 * @param prior the prior match probability used for scoring
 */
public record LinkRun(
    String runId, String mode, LocalDateTime startedAt, double seconds, long records,
    long newRecords, long persons, long pairsCompared, String modelRunId, double prior) {}
