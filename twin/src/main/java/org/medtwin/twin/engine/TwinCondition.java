package org.medtwin.twin.engine;

import java.time.Instant;

/**
 * A current condition of the twin.
 *
 * @param system the code system (SNOMED CT, ICD-10-CM...)
 * @param code the code
 * @param display its text
 * @param onset when it began, or null
 * @param from the condition row
 */
public record TwinCondition(String system, String code, String display, Instant onset, FactRef from) {}
