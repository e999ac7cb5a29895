package org.medtwin.core.record;

import java.util.Locale;

/** Administrative sex as FHIR's {@code AdministrativeGender} and HL7 v2 table 0001 record it. */
public enum Sex {
  MALE,
  FEMALE,
  OTHER,
  UNKNOWN;

  /** Reads FHIR ({@code male}), HL7 v2 ({@code M}) and CSV ({@code F}) spellings; blank is unknown. */
  public static Sex fromCode(String code) {
    if (code == null || code.isBlank()) {
      return UNKNOWN;
    }
    return switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "male", "m" -> MALE;
      case "female", "f" -> FEMALE;
      case "other", "o", "a", "n" -> OTHER;
      case "unknown", "u" -> UNKNOWN;
      default ->
          throw new IllegalArgumentException(
              "'" + code + "' is not a sex code; expected male/female/other/unknown or M/F/O/U.");
    };
  }

  /** The FHIR code. */
  public String fhirCode() {
    return name().toLowerCase(Locale.ROOT);
  }
}
