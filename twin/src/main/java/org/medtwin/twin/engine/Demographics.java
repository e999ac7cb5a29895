package org.medtwin.twin.engine;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who the twin is, as far as models need: sex, birth date, age at the twin's time, death.
 *
 * @param sex male, female, other or unknown, as stored
 * @param birthDate may be null when no source gave it
 * @param ageYears completed years at the twin's time; null without a birth date
 * @param deceased when the patient died, or null
 * @param from the patient or golden record it came from
 */
public record Demographics(String sex, LocalDate birthDate, Integer ageYears, Instant deceased, FactRef from) {}
