package org.medtwin.governance.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case codes of the policy's enums with one error message shape. */
final class Codes {

  private Codes() {}

  static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
    String normalized =
        code == null ? "" : code.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalized)) {
        return constant;
      }
    }
    String known =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "Unknown " + what + " '" + code + "'. Maybe one of: " + known + "?");
  }
}
