package org.medtwin.twin.news2;

import java.util.Locale;

/** Level of consciousness on the ACVPU scale, as NEWS2 records it. */
public enum Consciousness {
  ALERT("A"),
  /** New confusion (or new disorientation or agitation); scores like V, P and U. */
  NEW_CONFUSION("C"),
  VOICE("V"),
  PAIN("P"),
  UNRESPONSIVE("U");

  private final String letter;

  Consciousness(String letter) {
    this.letter = letter;
  }

  /** The chart's letter: A, C, V, P or U. */
  public String letter() {
    return letter;
  }

  /**
   * The level for an ACVPU letter, case-insensitive.
   *
   * @throws IllegalArgumentException if the text is not one of A C V P U
   */
  public static Consciousness fromLetter(String text) {
    String trimmed = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (Consciousness level : values()) {
      if (level.letter.equals(trimmed) || level.name().equals(trimmed)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "consciousness '" + text + "' is not one of A C V P U. Maybe AVPU 'C' (new confusion) was written as a word?");
  }
}
