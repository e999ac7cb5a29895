package org.medtwin.twin.glucose.calibrate;

/** One CGM reading: the sensor glucose at a minute of the scenario, mg/dL. */
public record CgmReading(int minute, double mgDl) {

  public CgmReading {
    if (minute < 0) {
      throw new IllegalArgumentException("CGM minute " + minute + " is negative.");
    }
    if (!(mgDl >= 10 && mgDl <= 1000)) {
      throw new IllegalArgumentException("CGM value " + mgDl + " mg/dL at minute " + minute
          + " is outside 10..1000 mg/dL. Maybe it is in mmol/L (×18.016 for mg/dL)?");
    }
  }
}
