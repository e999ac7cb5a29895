package org.medtwin.fusion.merge;

import org.medtwin.core.provenance.Provenance;

/**
 * The value survivorship chose for a golden field, where it came from and why.
 *
 * @param value the chosen value
 * @param from the source record it was taken from
 * @param rule the rule that decided: a rule name, {@code agreement} when every record that has the
 *     field agrees, or {@code tie-break} when the rules could not decide and the source trust order,
 *     then the source name, did
 */
public record FieldChoice(Object value, Provenance from, String rule) {}
