package org.medtwin.generator.source.hl7;

import java.math.BigDecimal;

/**
 * A normal range for one LOINC code in one unit, written as {@code low-high} in OBX-7.
 *
 * @param low lowest normal value
 * @param high highest normal value
 */
public record ReferenceRange(BigDecimal low, BigDecimal high) {

  /** The range as OBX-7 text, e.g. {@code 70-99}. */
  public String text() {
    return low.toPlainString() + "-" + high.toPlainString();
  }

  /** The abnormal flag for a value: {@code L} below, {@code H} above, {@code N} within the range. */
  public String flag(BigDecimal value) {
    if (value.compareTo(low) < 0) {
      return "L";
    }
    return value.compareTo(high) > 0 ? "H" : "N";
  }
}
