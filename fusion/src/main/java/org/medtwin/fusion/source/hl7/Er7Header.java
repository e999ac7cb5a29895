package org.medtwin.fusion.source.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks made on a message's ER7 text before HAPI sees it, and the MSH fields read from it:
 * every segment has a 3-character name, the first is an MSH with its separators, and the message
 * has a control id and an HL7 v2 version. HAPI's own errors name no segment number, so these
 * checks give a person a reason they can act on.
 *
 * @param segments the segments, in order (the first is MSH)
 * @param messageType MSH-9 as {@code ORU^R01}
 * @param controlId MSH-10
 * @param version MSH-12's version id
 */
record Er7Header(List<String> segments, String messageType, String controlId, String version) {

  private static final Pattern SEGMENT_NAME = Pattern.compile("[A-Z][A-Z0-9]{2}");
  private static final Pattern V2_VERSION = Pattern.compile("2\\.[1-8](\\.\\d+)?");

  /**
   * Splits and checks a message.
   *
   * @throws MessageRejectedException naming the segment and field at fault
   */
  static Er7Header of(String text) {
    List<String> segments = new ArrayList<>();
    for (String segment : text.split("\r\n|\r|\n")) {
      if (!segment.isBlank()) {
        segments.add(segment);
      }
    }
    if (segments.isEmpty() || !segments.get(0).startsWith("MSH")) {
      throw new MessageRejectedException(
          "The message does not start with an MSH segment; it starts with '"
              + preview(segments.isEmpty() ? "" : segments.get(0)) + "'.");
    }
    String msh = segments.get(0);
    if (msh.length() < 8 || Character.isLetterOrDigit(msh.charAt(3)) || msh.charAt(3) <= ' ') {
      throw new MessageRejectedException(
          "Segment 1 (MSH) has no field separator and encoding characters; it should start like "
              + "'MSH|^~\\&|' but is '" + preview(msh) + "'.");
    }
    char separator = msh.charAt(3);
    for (int i = 1; i < segments.size(); i++) {
      String segment = segments.get(i);
      boolean named =
          segment.length() >= 3
              && SEGMENT_NAME.matcher(segment.substring(0, 3)).matches()
              && (segment.length() == 3 || segment.charAt(3) == separator);
      if (!named) {
        throw new MessageRejectedException(
            "Segment " + (i + 1) + " has no 3-letter segment name: '" + preview(segment)
                + "'. Maybe a line break inside a field split it?");
      }
    }
    // MSH-1 is the separator itself, so MSH-n is field n-1 after splitting.
    String[] fields = msh.split(Pattern.quote(String.valueOf(separator)), -1);
    String componentSeparator = String.valueOf(fields[1].isEmpty() ? '^' : fields[1].charAt(0));
    String type = String.join("^", firstComponents(field(fields, 9), componentSeparator, 2));
    String controlId = field(fields, 10).trim();
    if (controlId.isEmpty()) {
      throw new MessageRejectedException(
          "MSH-10 (message control id) is empty, so the message cannot be told apart from others. "
              + "Ask the sender to fill MSH-10.");
    }
    String version = firstComponents(field(fields, 12), componentSeparator, 1).get(0).trim();
    if (!V2_VERSION.matcher(version).matches()) {
      throw new MessageRejectedException(
          "MSH-12 declares HL7 version '" + version
              + "'; this reader handles HL7 v2 versions 2.1 to 2.8.");
    }
    return new Er7Header(List.copyOf(segments), type, controlId, version);
  }

  /** The 1-based position in the message of the n-th (1-based) segment with this name. */
  int positionOf(String name, int occurrence) {
    int seen = 0;
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).startsWith(name) && ++seen == occurrence) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String field(String[] fields, int mshNumber) {
    int index = mshNumber - 1;
    return index < fields.length ? fields[index] : "";
  }

  private static List<String> firstComponents(String field, String separator, int count) {
    String[] parts = field.split(Pattern.quote(separator), -1);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(i < parts.length ? parts[i].trim() : "");
    }
    return result;
  }

  private static String preview(String segment) {
    return segment.length() <= 40 ? segment : segment.substring(0, 40) + "...";
  }
}
