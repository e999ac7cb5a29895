package org.medtwin.twin.glucose.sim;

/** An insulin bolus of {@code units} U delivered within {@code minute}. */
public record Bolus(int minute, double units) {

  public Bolus {
    if (minute < 0) {
      throw new IllegalArgumentException("Bolus minute " + minute + " is negative.");
    }
    if (!(units > 0) || units > Scenario.MAX_BOLUS_UNITS) {
      throw new IllegalArgumentException("Bolus at minute " + minute + " has " + units
          + " U; a bolus needs more than 0 and at most " + Scenario.MAX_BOLUS_UNITS + " U.");
    }
  }
}
