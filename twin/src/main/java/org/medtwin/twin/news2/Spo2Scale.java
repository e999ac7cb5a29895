package org.medtwin.twin.news2;

/** Which NEWS2 oxygen saturation scale applies to a patient. */
public enum Spo2Scale {
  /** For most patients (target saturation 94-98%). */
  SCALE_1,
  /** Only for patients with documented hypercapnic respiratory failure (target 88-92%). */
  SCALE_2;

  /**
   * The scale for its number, 1 or 2.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Spo2Scale fromNumber(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.equals("1")) {
      return SCALE_1;
    }
    if (trimmed.equals("2")) {
      return SCALE_2;
    }
    throw new IllegalArgumentException("spo2_scale '" + text + "' is not 1 or 2."
        + " Maybe use 2 only for documented hypercapnic respiratory failure, 1 otherwise?");
  }
}
