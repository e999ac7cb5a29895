package org.medtwin.fusion.link.standardize;

/**
 * One standardized name of a person: lower case, no accents, no titles or punctuation.
 *
 * @param given the first given name, or {@code null} when unknown
 * @param family the surname, or {@code null} when unknown
 */
public record PersonName(String given, String family) {

  public PersonName {
    given = blankToNull(given);
    family = blankToNull(family);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
