package org.medtwin.learn.pce;

/**
 * The race groups the Pooled Cohort Equations were fitted for; the guideline advises the white
 * equations for other groups.
 */
public enum PceRace {
  WHITE_OR_OTHER("white"),
  AFRICAN_AMERICAN("african-american");

  private final String fileName;

  PceRace(String fileName) {
    this.fileName = fileName;
  }

  /** The name used for this group in the equations' data file. */
  public String fileName() {
    return fileName;
  }
}
