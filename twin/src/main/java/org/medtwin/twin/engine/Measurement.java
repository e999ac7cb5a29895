package org.medtwin.twin.engine;

import java.time.Instant;

/**
 * The latest numeric value of one kind of observation.
 *
 * @param system the code system (LOINC)
 * @param code the code
 * @param display its text
 * @param value the value
 * @param unit its UCUM unit
 * @param time when it was taken
 * @param from the observation row, or a scenario's change for a fork
 */
public record Measurement(String system, String code, String display, double value, String unit, Instant time,
    FactRef from) {}
