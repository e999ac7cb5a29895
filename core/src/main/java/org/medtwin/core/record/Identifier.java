package org.medtwin.core.record;

/**
 * An identifier of a patient with the system that assigned it (an MRN of hospital A, a social
 * security number, a lab's patient number).
 *
 * @param system the assigning system's URI or name
 * @param value the identifier
 * @param type the identifier type code ({@code MR}, {@code SS}, {@code DL}), or {@code null}
 */
public record Identifier(String system, String value, String type) {

  public Identifier {
    Require.text(system, "Identifier", "assigning system");
    Require.text(value, "Identifier", "value");
    type = Require.optional(type);
  }
}
