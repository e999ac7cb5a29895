package org.medtwin.fusion.source.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.medtwin.fusion.source.ContentHash;

/** A resource's raw JSON bytes: a slice of the file it was read from, copied only when kept. */
record RawJson(byte[] bytes, int offset, int length) {

  static RawJson of(byte[] bytes) {
    return new RawJson(bytes, 0, bytes.length);
  }

  String hash() {
    return ContentHash.of(bytes, offset, length);
  }

  String text() {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  /**
   * Whether the JSON escapes a NUL character (the escape backslash-u-0000): no clinical text holds one, and
   * PostgreSQL cannot store it in a text column.
   */
  boolean hasEscapedNul() {
    int end = offset + length - 5;
    for (int i = offset; i < end; i++) {
      if (bytes[i] == '\\' && bytes[i + 1] == 'u' && bytes[i + 2] == '0' && bytes[i + 3] == '0'
          && bytes[i + 4] == '0' && bytes[i + 5] == '0' && !escaped(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the backslash at {@code i} is itself escaped by an odd run of backslashes before it. */
  private boolean escaped(int i) {
    int run = 0;
    for (int j = i - 1; j >= offset && bytes[j] == '\\'; j--) {
      run++;
    }
    return run % 2 == 1;
  }

  byte[] copy() {
    return offset == 0 && length == bytes.length ? bytes : Arrays.copyOfRange(bytes, offset, offset + length);
  }
}
