package org.medtwin.hospital.chart;

import java.time.LocalDate;

/**
 * One fused patient as the ward list shows them.
 *
 * @param personId the master patient index's person id
 * @param family the surname, or {@code null}
 * @param given the given name, or {@code null}
 * @param birthDate the birth date, or {@code null}
 * @param sex administrative sex
 * @param sources how many source records were linked into this person
 * @param openConflicts how many conflicts the merge flagged for this person
 */
public record WardPatient(
    String personId, String family, String given, LocalDate birthDate, String sex, int sources,
    int openConflicts) {}
