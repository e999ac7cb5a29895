package org.medtwin.fusion.standardize;

import java.util.Objects;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;

/**
 * The result of translating a local code (and its value) through a concept map.
 *
 * @param code the standard coding
 * @param value the converted quantity in the target UCUM unit, or {@code null} when no value was
 *     given
 * @param sourceCode the local coding exactly as it came in
 * @param sourceValue the quantity exactly as it came in, or {@code null}
 */
public record Translation(Coding code, Quantity value, Coding sourceCode, Quantity sourceValue) {

  public Translation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sourceCode, "sourceCode");
  }
}
