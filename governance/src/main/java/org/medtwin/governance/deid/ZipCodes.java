package org.medtwin.governance.deid;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.medtwin.governance.datafile.DataFile;
import org.medtwin.governance.datafile.DataFileException;

/**
 * The Safe Harbor ZIP rule: keep a US ZIP code's first three digits, unless they are one of the
 * sparsely populated prefixes of {@code restricted-zip3.csv}, which become {@code 000}.
 */
public final class ZipCodes {

  /** The shipped list. */
  public static final String DEFAULT_FILE = "restricted-zip3.csv";

  private final Set<String> restricted;

  private ZipCodes(Set<String> restricted) {
    this.restricted = Set.copyOf(restricted);
  }

  /**
   * The shipped list of restricted prefixes.
   *
   * @throws DataFileException when it is malformed
   */
  public static ZipCodes standard() {
    DataFile file = DataFile.load(ZipCodes.class, DEFAULT_FILE, List.of("zip3"));
    Set<String> prefixes = new TreeSet<>();
    for (DataFile.Row row : file.rows()) {
      String zip3 = row.required("zip3");
      if (!zip3.matches("\\d{3}")) {
        throw row.error("has zip3 '" + zip3 + "', not three digits");
      }
      prefixes.add(zip3);
    }
    return new ZipCodes(prefixes);
  }

  /** The restricted prefixes. */
  public Set<String> restricted() {
    return restricted;
  }

  /**
   * The code reduced to three digits, {@code 000} for a restricted prefix, or {@code null} when
   * the code does not start with three digits (nothing of it is safe to keep).
   */
  public String generalize(String postalCode) {
    if (postalCode == null) {
      return null;
    }
    String digits = postalCode.strip();
    if (digits.length() < 3 || !digits.substring(0, 3).matches("\\d{3}")) {
      return null;
    }
    String prefix = digits.substring(0, 3);
    return restricted.contains(prefix) ? "000" : prefix;
  }
}
