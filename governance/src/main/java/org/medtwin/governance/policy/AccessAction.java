package org.medtwin.governance.policy;

import java.util.Locale;

/** What a request does with patient data: read it (chart, API) or export it (extracts). */
public enum AccessAction {
  READ,
  EXPORT;

  /** The lower-case name used in files, the store and the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The action of this code, case-insensitive.
   *
   * @throws IllegalArgumentException naming the known actions when the code is none of them
   */
  public static AccessAction parse(String code) {
    return Codes.parse(AccessAction.class, code, "action");
  }
}
