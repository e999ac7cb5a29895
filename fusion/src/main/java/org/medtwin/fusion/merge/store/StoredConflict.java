package org.medtwin.fusion.merge.store;

/**
 * A conflict as the store holds it.
 *
 * @param personId the person
 * @param kind {@code patient-field}, {@code allergy-status} or {@code observation-value}
 * @param field what the sources disagree on
 * @param valuesJson the competing values with the source records that report each, as JSON
 * @param chosen the value survivorship chose, or {@code null}
 * @param runId the merge run that found it
 */
public record StoredConflict(
    String personId, String kind, String field, String valuesJson, String chosen, String runId) {}
