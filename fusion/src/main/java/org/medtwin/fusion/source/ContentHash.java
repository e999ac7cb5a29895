package org.medtwin.fusion.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash readers give a record: the first 128 bits of its SHA-256, in hex. Long enough
 * that two different records never collide in practice, short enough to index cheaply.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The hash of raw bytes. */
  public static String of(byte[] bytes) {
    return of(bytes, 0, bytes.length);
  }

  /** The hash of a slice of raw bytes. */
  public static String of(byte[] bytes, int offset, int length) {
    MessageDigest digest = sha256();
    digest.update(bytes, offset, length);
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** The hash of a string's UTF-8 bytes. */
  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256, which every Java 17 JVM must have.", e);
    }
  }
}
