package org.medtwin.fusion.merge;

/**
 * One source record's value for a golden field, competing with the others.
 *
 * @param value the value, never {@code null}
 * @param from the record that holds it
 */
public record Candidate(Object value, SourcePatient from) {}
