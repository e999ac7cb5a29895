package org.medtwin.fusion.link.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * Derives a person id from the records of a cluster: the SHA-256 of its smallest
 * {@code (source, recordId)}, so that the same records give the same id on every run, whatever
 * the input order.
 */
public final class PersonIds {

  private PersonIds() {}

  /**
   * The id of a cluster, {@code P-} and 16 hex digits.
   *
   * @throws IllegalArgumentException when the cluster is empty
   */
  public static String of(List<RecordKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("An empty cluster has no person id.");
    }
    RecordKey smallest = keys.get(0);
    for (RecordKey key : keys) {
      if (key.compareTo(smallest) < 0) {
        smallest = key;
      }
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // The separator cannot occur in a source name's length prefix, so keys never collide.
      byte[] digest = sha.digest(
          (smallest.source().length() + ":" + smallest.source() + "|" + smallest.recordId())
              .getBytes(StandardCharsets.UTF_8));
      return "P-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM lacks SHA-256, which every Java 17 JVM has.", e);
    }
  }
}
