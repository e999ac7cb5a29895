package org.medtwin.governance.policy;

/** How the requesting user stands to the patient, as the directory knows it. */
public enum Relationship {
  /** The user is the patient. */
  SELF,
  /** The user belongs to a care team of the patient. */
  CARE_TEAM,
  /** Neither. */
  NONE
}
