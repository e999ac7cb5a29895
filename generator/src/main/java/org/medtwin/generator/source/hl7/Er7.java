package org.medtwin.generator.source.hl7;

/** HL7 v2 ER7 encoding details: the standard delimiters and escaping of text values. */
public final class Er7 {

  /** Segment terminator. */
  public static final char SEGMENT_END = '\r';

  private Er7() {}

  /**
   * Escapes the delimiters {@code | ^ ~ \ &} of a text value; null becomes empty.
   *
   * @param value a text value
   * @return the value safe to place in a component
   */
  public static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '|' -> out.append("\\F\\");
        case '^' -> out.append("\\S\\");
        case '~' -> out.append("\\R\\");
        case '\\' -> out.append("\\E\\");
        case '&' -> out.append("\\T\\");
        case '\r', '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Joins fields into one segment ending with the segment terminator; fields must already be escaped. */
  public static String segment(String... fields) {
    return String.join("|", fields) + SEGMENT_END;
  }
}
