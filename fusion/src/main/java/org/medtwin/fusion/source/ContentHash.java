package org.medtwin.fusion.source;

import java.nio.charset.StandardCharsets;
import org.medtwin.store.table.FactRows;

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
    return FactRows.bytesHash(bytes, offset, length);
  }

  /** The hash of a string's UTF-8 bytes. */
  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }
}
