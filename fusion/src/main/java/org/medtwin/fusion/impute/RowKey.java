package org.medtwin.fusion.impute;

import java.time.Instant;

/**
 * Whose row it is and when: a person at a time point.
 *
 * @param personId the person
 * @param time the time point, or {@code null} for a one-row-per-person table
 */
public record RowKey(String personId, Instant time) {}
