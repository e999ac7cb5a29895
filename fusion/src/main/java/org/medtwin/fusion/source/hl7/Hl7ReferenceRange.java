package org.medtwin.fusion.source.hl7;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.quantity.ReferenceRange;

/**
 * Reads OBX-7 reference ranges: {@code 70-99}, {@code <5}, {@code <=5}, {@code >60}, {@code >=60};
 * anything else is kept as text only.
 */
final class Hl7ReferenceRange {

  private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
  private static final Pattern BETWEEN = Pattern.compile(NUMBER + "\\s*-\\s*" + NUMBER);
  private static final Pattern BELOW = Pattern.compile("<=?\\s*" + NUMBER);
  private static final Pattern ABOVE = Pattern.compile(">=?\\s*" + NUMBER);

  private Hl7ReferenceRange() {}

  /** The range, or {@code null} when OBX-7 is blank. */
  static ReferenceRange parse(String text, String unit) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    Matcher m = BETWEEN.matcher(trimmed);
    if (m.matches()) {
      return new ReferenceRange(Quantity.of(m.group(1), unit), Quantity.of(m.group(2), unit), trimmed);
    }
    m = BELOW.matcher(trimmed);
    if (m.matches()) {
      return new ReferenceRange(null, Quantity.of(m.group(1), unit), trimmed);
    }
    m = ABOVE.matcher(trimmed);
    if (m.matches()) {
      return new ReferenceRange(Quantity.of(m.group(1), unit), null, trimmed);
    }
    return new ReferenceRange(null, null, trimmed);
  }
}
