package org.medtwin.fusion.quality.knowledge;

/** The values of one LOINC test, in one UCUM unit, that a living patient can have. */
public record PhysiologicalRange(String loinc, String unit, double low, double high, String name) {

  public PhysiologicalRange {
    if (!(low < high)) {
      throw new IllegalArgumentException("Range for LOINC " + loinc + " has low " + low + " not below high " + high + ".");
    }
  }
}
