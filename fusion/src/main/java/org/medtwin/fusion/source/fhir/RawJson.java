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

  byte[] copy() {
    return offset == 0 && length == bytes.length ? bytes : Arrays.copyOfRange(bytes, offset, offset + length);
  }
}
