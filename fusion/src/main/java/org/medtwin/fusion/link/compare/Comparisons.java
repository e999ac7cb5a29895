package org.medtwin.fusion.link.compare;

import java.util.List;
import org.medtwin.fusion.link.standardize.Nicknames;

/** The comparison set MedTwin uses when none is configured. */
public final class Comparisons {

  private Comparisons() {}

  /**
   * Names (nickname, edit, Jaro–Winkler and phonetic bands; surnames weighted by rarity), birth
   * date, identifiers of any shared authority, sex, phone and the address parts.
   */
  public static List<Comparison> defaults(Nicknames nicknames) {
    StringLevel exact = new StringLevel.Exact();
    return List.of(
        new StringComparison("given name", PersonField.GIVEN_NAME,
            List.of(exact, new StringLevel.Nickname(nicknames), new StringLevel.WithinEdits(1),
                new StringLevel.JaroWinklerAtLeast(0.9), new StringLevel.SamePhonetic(),
                new StringLevel.JaroWinklerAtLeast(0.8)),
            false),
        new StringComparison("surname", PersonField.SURNAME,
            List.of(exact, new StringLevel.WithinEdits(1), new StringLevel.JaroWinklerAtLeast(0.9),
                new StringLevel.SamePhonetic(), new StringLevel.JaroWinklerAtLeast(0.8)),
            true),
        new BirthDateComparison(365),
        new IdentifierComparison(null),
        new SexComparison(),
        new StringComparison("phone", PersonField.PHONE,
            List.of(exact, new StringLevel.WithinEdits(1)), false),
        new StringComparison("house number", PersonField.HOUSE_NUMBER,
            List.of(exact, new StringLevel.WithinEdits(1)), false),
        new StringComparison("street", PersonField.STREET,
            List.of(exact, new StringLevel.JaroWinklerAtLeast(0.9),
                new StringLevel.JaroWinklerAtLeast(0.8)),
            false),
        new StringComparison("address extra", PersonField.ADDRESS_EXTRA,
            List.of(exact, new StringLevel.JaroWinklerAtLeast(0.9)), false),
        new StringComparison("locality", PersonField.LOCALITY,
            List.of(exact, new StringLevel.JaroWinklerAtLeast(0.9)), false),
        new StringComparison("postcode", PersonField.POSTCODE,
            List.of(exact, new StringLevel.WithinEdits(1)), false),
        new StringComparison("state", PersonField.STATE, List.of(exact), false));
  }
}
