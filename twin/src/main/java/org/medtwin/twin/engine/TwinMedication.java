package org.medtwin.twin.engine;

import java.time.Instant;

/**
 * A medication the twin currently takes (an active medication request).
 *
 * @param system the code system (RxNorm...)
 * @param code the code
 * @param display its text
 * @param authoredOn when it was prescribed, or null
 * @param dosage the dosage instruction as text, or null
 * @param from the medication request row, or a scenario's change for a fork
 */
public record TwinMedication(String system, String code, String display, Instant authoredOn, String dosage,
    FactRef from) {}
