package org.medtwin.learn.cohort;

/** A code of a code system in a cohort definition, optionally standing for all its descendants. */
public record CodeRef(String system, String code, boolean descendants) {

  /** Guards the parts. */
  public CodeRef {
    if (system == null || system.isBlank() || code == null || code.isBlank()) {
      throw new IllegalArgumentException("A code needs a system and a code, got system=" + system + " code=" + code + ".");
    }
  }
}
