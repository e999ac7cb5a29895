package org.medtwin.generator.truth;

/** The three sources of the synthetic network, in the order their records are written. */
public enum Source {
  /** A hospital exporting FHIR R4 bundles. */
  HOSPITAL_A("hospital-a"),
  /** A hospital exporting Synthea-style CSV extracts with local lab codes. */
  HOSPITAL_B("hospital-b"),
  /** A laboratory sending HL7 v2.5 messages. */
  LAB("lab");

  private final String id;

  Source(String id) {
    this.id = id;
  }

  /** The source's name in paths and in the truth file, e.g. {@code hospital-a}. */
  public String id() {
    return id;
  }
}
