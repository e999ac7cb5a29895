package org.medtwin.fusion.source;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The content hash readers give a record: 128-bit MurmurHash3 of its raw bytes, in hex. It only
 * has to tell a changed record from an unchanged one under the same key, so a fast
 * non-cryptographic hash does; at 128 bits an accidental collision is not a practical concern.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The hash of raw bytes. */
  public static String of(byte[] bytes) {
    return of(bytes, 0, bytes.length);
  }

  /** The hash of a slice of raw bytes. */
  public static String of(byte[] bytes, int offset, int length) {
    long[] hash = MurmurHash3.hash128x64(bytes, offset, length, 0);
    return hex(hash[0]) + hex(hash[1]);
  }

  /** The hash of a string's UTF-8 bytes. */
  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(long value) {
    String digits = Long.toHexString(value);
    return "0".repeat(16 - digits.length()) + digits;
  }
}
