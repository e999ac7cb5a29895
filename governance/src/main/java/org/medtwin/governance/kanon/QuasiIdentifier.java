package org.medtwin.governance.kanon;

import java.time.LocalDate;
import java.util.Locale;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.Patient;

/**
 * The quasi-identifiers a de-identified patient still carries, each with its generalisation
 * hierarchy: level 0 is the value as de-identification left it, the top level is {@code *}.
 */
public enum QuasiIdentifier {
  /** Birth year: year, 5-year band, 10-year band, 20-year band, {@code *}. */
  BIRTH_YEAR(4),
  /** Administrative sex: value, {@code *}. */
  SEX(1),
  /** Three-digit ZIP: {@code 021}, {@code 02*}, {@code 0**}, {@code *}. */
  ZIP3(3),
  /** State: value, {@code *}. */
  STATE(1);

  /** What a fully generalised (or missing) value reads as. */
  public static final String ANY = "*";

  private final int topLevel;

  QuasiIdentifier(int topLevel) {
    this.topLevel = topLevel;
  }

  /** The highest generalisation level, where every value is {@code *}. */
  public int topLevel() {
    return topLevel;
  }

  /** The lower-case name used on the command line and in reports. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The quasi-identifier of this code.
   *
   * @throws IllegalArgumentException naming the known ones
   */
  public static QuasiIdentifier parse(String code) {
    for (QuasiIdentifier qi : values()) {
      if (qi.code().equalsIgnoreCase(code == null ? "" : code.strip().replace('-', '_'))) {
        return qi;
      }
    }
    throw new IllegalArgumentException(
        "Unknown quasi-identifier '" + code + "'. Maybe one of: birth_year, sex, zip3, state?");
  }

  /** The value of a (de-identified) patient, {@code *} when it has none. */
  public String valueOf(Patient patient) {
    Address address = patient.addresses().isEmpty() ? null : patient.addresses().get(0);
    switch (this) {
      case BIRTH_YEAR:
        LocalDate birth = patient.birthDate();
        return birth == null ? ANY : Integer.toString(birth.getYear());
      case SEX:
        return patient.sex().name().toLowerCase(Locale.ROOT);
      case ZIP3:
        return address == null || address.postalCode() == null ? ANY : address.postalCode();
      default:
        return address == null || address.state() == null ? ANY : address.state();
    }
  }

  /** The value generalised to a level (0 leaves it, the top level gives {@code *}). */
  public String generalize(String value, int level) {
    if (level < 0 || level > topLevel) {
      throw new IllegalArgumentException(
          "Level " + level + " of " + code() + " is outside 0.." + topLevel + ".");
    }
    if (level == 0 || ANY.equals(value)) {
      return value;
    }
    if (level == topLevel) {
      return ANY;
    }
    if (this == BIRTH_YEAR) {
      int width = level == 1 ? 5 : level == 2 ? 10 : 20;
      int year = Integer.parseInt(value);
      int start = Math.floorDiv(year, width) * width;
      return start + "-" + (start + width - 1);
    }
    // ZIP3: level 1 keeps two digits, level 2 one.
    int keep = 3 - level;
    return value.length() < keep ? ANY : value.substring(0, keep) + "*".repeat(3 - keep);
  }
}
