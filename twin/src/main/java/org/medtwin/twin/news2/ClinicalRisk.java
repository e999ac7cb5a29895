package org.medtwin.twin.news2;

/** The NEWS2 clinical risk bands of the RCP's Chart 2, lowest first. */
public enum ClinicalRisk {
  LOW,
  /** A score of 3 in a single parameter with an aggregate below 5. */
  LOW_MEDIUM,
  MEDIUM,
  HIGH
}
