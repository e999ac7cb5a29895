package org.medtwin.generator.demographics;

/**
 * A postal address as the sources write it: one street line, city, state, ZIP and the ZIP's centroid.
 *
 * @param line street line, e.g. {@code 12 Kunde Road Unit 4}
 * @param city city name
 * @param state two-letter state abbreviation
 * @param zip five-digit ZIP code, may be empty
 * @param latitude centroid latitude as text, may be empty
 * @param longitude centroid longitude as text, may be empty
 */
public record Address(
    String line, String city, String state, String zip, String latitude, String longitude) {}
