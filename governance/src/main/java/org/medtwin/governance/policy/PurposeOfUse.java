package org.medtwin.governance.policy;

import java.util.Locale;

/** Why a user asks for patient data; permissions and consent depend on it. */
public enum PurposeOfUse {
  TREATMENT,
  RESEARCH,
  OPERATIONS,
  EMERGENCY;

  /** The lower-case name used in files, the store and the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The purpose of this code, case-insensitive.
   *
   * @throws IllegalArgumentException naming the known purposes when the code is none of them
   */
  public static PurposeOfUse parse(String code) {
    return Codes.parse(PurposeOfUse.class, code, "purpose of use");
  }
}
