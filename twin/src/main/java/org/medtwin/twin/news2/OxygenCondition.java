package org.medtwin.twin.news2;

/** Whether a SpO2 band applies on air, on oxygen, or either (scale 2 splits at 93%). */
public enum OxygenCondition {
  ANY,
  AIR,
  OXYGEN;

  boolean admits(boolean onOxygen) {
    return this == ANY || (this == OXYGEN) == onOxygen;
  }
}
