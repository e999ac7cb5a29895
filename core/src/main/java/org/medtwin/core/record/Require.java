package org.medtwin.core.record;

import java.util.List;

/** Guards shared by the record constructors, so that each names the record and field it checks. */
final class Require {

  private Require() {}

  static String text(String value, String record, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(record + " is missing its required " + field + ".");
    }
    return value;
  }

  static <T> T present(T value, String record, String field) {
    if (value == null) {
      throw new IllegalArgumentException(record + " is missing its required " + field + ".");
    }
    return value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static String optional(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
