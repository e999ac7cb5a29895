package org.medtwin.core.record;

/**
 * A phone number, e-mail address or other way to reach a person, exactly as the source wrote it.
 *
 * @param system {@code phone}, {@code email}, {@code fax}, ...
 * @param value the number or address
 * @param use {@code home}, {@code work}, {@code mobile}, or {@code null}
 */
public record ContactPoint(String system, String value, String use) {

  public ContactPoint {
    Require.text(value, "ContactPoint", "value");
    system = system == null || system.isBlank() ? "phone" : system;
    use = Require.optional(use);
  }
}
