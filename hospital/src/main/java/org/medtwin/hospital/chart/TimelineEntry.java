package org.medtwin.hospital.chart;

import java.time.LocalDateTime;

/**
 * One fact on a patient's timeline, marked with the source it came from.
 *
 * @param time when it happened (start, onset, effective or authored time), or {@code null}
 * @param kind the fact kind ({@code encounter}, {@code condition}, {@code observation}, …)
 * @param code the code with its system ({@code http://loinc.org|2339-0})
 * @param display what it is, in words
 * @param value the value with its unit, or {@code null}
 * @param referenceRange the reference range as text, or {@code null}
 * @param source the source system
 * @param sourceRecordId the record's id in that source
 */
public record TimelineEntry(
    LocalDateTime time, String kind, String code, String display, String value,
    String referenceRange, String source, String sourceRecordId) {}
