package org.medtwin.fusion.link.standardize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medtwin.core.record.Address;

/** Standardizes addresses: case, punctuation and abbreviations ({@code street-types.csv}). */
public final class AddressStandardizer {

  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+[a-z]?)\\s+(.+)$");

  private final Map<String, String> abbreviations;

  private AddressStandardizer(Map<String, String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The standardizer with the shipped abbreviation table. */
  public static AddressStandardizer standard() {
    Map<String, String> abbreviations = new HashMap<>();
    for (String[] row : ResourceTable.rows("street-types.csv", 2, true)) {
      abbreviations.put(row[0], row[1]);
    }
    return new AddressStandardizer(abbreviations);
  }

  /** {@code "12 St. Kilda Rd."} becomes {@code "12 saint kilda road"}; blank becomes null. */
  public String text(String text) {
    String cleaned = TextCleaner.clean(text);
    if (cleaned == null) {
      return null;
    }
    String[] words = cleaned.split(" ");
    StringBuilder out = new StringBuilder(cleaned.length() + 8);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String expanded;
      // "St" before a name is Saint (St Kilda Road); elsewhere it is Street.
      if (word.equals("st") && i + 1 < words.length && !isNumber(words[i + 1])
          && (i == 0 || isNumber(words[i - 1]))) {
        expanded = "saint";
      } else {
        expanded = abbreviations.getOrDefault(word, word);
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(expanded);
    }
    return out.toString();
  }

  /** A postcode without spaces, upper case; blank becomes null. */
  public String postcode(String postcode) {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    return compact.isEmpty() ? null : compact;
  }

  /** A standardized address from its separately recorded parts. */
  public PostalAddress address(
      String houseNumber, String street, String extra, String locality, String postcode,
      String state) {
    return new PostalAddress(
        TextCleaner.clean(houseNumber), text(street), text(extra), text(locality),
        postcode(postcode), TextCleaner.clean(state));
  }

  /** A standardized address from a core address, splitting a leading house number off line 1. */
  public PostalAddress address(Address address) {
    List<String> lines = address.lines();
    String first = lines.isEmpty() ? null : text(lines.get(0));
    String number = null;
    String street = first;
    if (first != null) {
      Matcher m = LEADING_NUMBER.matcher(first);
      if (m.matches()) {
        number = m.group(1);
        street = m.group(2);
      }
    }
    String extra = lines.size() > 1 ? text(String.join(" ", lines.subList(1, lines.size()))) : null;
    return new PostalAddress(
        number, street, extra, text(address.city()), postcode(address.postalCode()),
        TextCleaner.clean(address.state()));
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }
}
