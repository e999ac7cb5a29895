package org.medtwin.fusion.link.standardize;

/**
 * One standardized postal address, split into the parts that linkage compares separately.
 *
 * @param houseNumber the street number, or {@code null}
 * @param street the street name with its type spelled out ({@code wallaby place}), or {@code null}
 * @param extra further address text such as a building or estate, or {@code null}
 * @param locality the suburb, town or city, or {@code null}
 * @param postcode the postal code without spaces, or {@code null}
 * @param state the state or province, or {@code null}
 */
public record PostalAddress(
    String houseNumber, String street, String extra, String locality, String postcode, String state) {

  public PostalAddress {
    houseNumber = PersonName.blankToNull(houseNumber);
    street = PersonName.blankToNull(street);
    extra = PersonName.blankToNull(extra);
    locality = PersonName.blankToNull(locality);
    postcode = PersonName.blankToNull(postcode);
    state = PersonName.blankToNull(state);
  }
}
