package org.medtwin.fusion.merge;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Sex;

/** Writes field and fact values as the text a conflict list shows and stores. */
final class ValueText {

  private ValueText() {}

  static String of(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof Sex sex) {
      return sex.fhirCode();
    } else if (value instanceof HumanName name) {
      return join(List.of(String.join(" ", name.given()), nullToEmpty(name.family())));
    } else if (value instanceof Address address) {
      List<String> parts = new ArrayList<>(address.lines());
      parts.add(nullToEmpty(address.city()));
      parts.add(nullToEmpty(address.state()));
      parts.add(nullToEmpty(address.postalCode()));
      parts.add(nullToEmpty(address.country()));
      return String.join(", ", parts.stream().filter(s -> !s.isBlank()).toList());
    } else if (value instanceof ContactPoint contact) {
      return contact.value();
    } else if (value instanceof ObservationValue.Numeric numeric) {
      return numeric.quantity().value().stripTrailingZeros().toPlainString()
          + (numeric.quantity().unit() == null ? "" : " " + numeric.quantity().unit());
    } else if (value instanceof ObservationValue.Coded coded) {
      return coded.coding().token();
    } else if (value instanceof ObservationValue.Text text) {
      return text.text();
    }
    return value.toString();
  }

  private static String join(List<String> parts) {
    return String.join(" ", parts.stream().filter(s -> !s.isBlank()).toList());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
