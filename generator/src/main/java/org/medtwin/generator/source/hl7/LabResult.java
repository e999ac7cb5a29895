package org.medtwin.generator.source.hl7;

/**
 * One laboratory result to send as an OBX segment.
 *
 * @param loinc LOINC code
 * @param display LOINC display name
 * @param value result value as text
 * @param unit UCUM unit, may be empty
 * @param numeric whether the value is numeric (OBX-2 {@code NM}) or text ({@code ST})
 */
public record LabResult(String loinc, String display, String value, String unit, boolean numeric) {}
