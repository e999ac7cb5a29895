package org.medtwin.twin.engine;

/**
 * One difference between two twin versions.
 *
 * @param kind what changed: condition, allergy, medication, measurement, kidney, model, demographics, scenario
 * @param item which one (a name or code)
 * @param before the value in the first version, or null when it was absent
 * @param after the value in the second version, or null when it is gone
 */
public record TwinDifference(String kind, String item, String before, String after) {

  /** "+ medication warfarin", "- condition ...", "~ measurement creatinine: 1.0 mg/dL -> 2.0 mg/dL". */
  public String line() {
    if (before == null) {
      return "+ " + kind + " " + item + (after.isEmpty() ? "" : ": " + after);
    }
    if (after == null) {
      return "- " + kind + " " + item + (before.isEmpty() ? "" : ": " + before);
    }
    return "~ " + kind + " " + item + ": " + before + " -> " + after;
  }
}
