package org.medtwin.fusion.link.standardize;

/**
 * A standardized identifier with the authority that assigned it; two records sharing one from the
 * same authority are strong evidence of one person.
 *
 * @param authority the assigning authority (system URI or name)
 * @param value the identifier, upper case, without spaces, dashes or dots
 */
public record PersonIdentifier(String authority, String value) {

  public PersonIdentifier {
    if (authority == null || authority.isBlank() || value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "An identifier needs an authority and a value; got " + authority + " / " + value + ".");
    }
  }
}
