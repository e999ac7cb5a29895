package org.medtwin.governance.policy;

import java.util.Locale;

/** The roles a user can act in; a request names exactly one. */
public enum Role {
  CLINICIAN,
  NURSE,
  PHARMACIST,
  RESEARCHER,
  DATA_STEWARD,
  PATIENT,
  ADMIN;

  /** The lower-case name used in files, the store and the command line ({@code data_steward}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role of this code, case-insensitive, {@code -} read as {@code _}.
   *
   * @throws IllegalArgumentException naming the known roles when the code is none of them
   */
  public static Role parse(String code) {
    return Codes.parse(Role.class, code, "role");
  }
}
