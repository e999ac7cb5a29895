package org.medtwin.fusion.merge;

/**
 * One source record's value for a golden field, competing with the others.
 *
 * @param value the value, never {@code null}
 * @param sameAs what two values must share to count as the same (the value itself, or for a time
 *     of death its day)
 * @param from the record that holds it
 */
public record Candidate(Object value, Object sameAs, SourcePatient from) {}
