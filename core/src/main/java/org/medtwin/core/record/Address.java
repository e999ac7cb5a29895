package org.medtwin.core.record;

import java.util.List;

/**
 * A postal address.
 *
 * @param lines street lines
 * @param city the city
 * @param state the state or province
 * @param postalCode the postal code
 * @param country the country
 */
public record Address(
    List<String> lines, String city, String state, String postalCode, String country) {

  public Address {
    lines = Require.list(lines);
    city = Require.optional(city);
    state = Require.optional(state);
    postalCode = Require.optional(postalCode);
    country = Require.optional(country);
  }
}
