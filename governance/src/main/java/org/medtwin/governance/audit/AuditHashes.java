package org.medtwin.governance.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.medtwin.governance.key.GovernanceKey;

/**
 * The chain's arithmetic: an entry's canonical bytes, its hash H(previous hash || canonical
 * entry) with SHA-256, and the head's HMAC signature.
 */
final class AuditHashes {

  /** The previous hash of the first entry. */
  static final String GENESIS = "0".repeat(64);

  private AuditHashes() {}

  /**
   * Every field, length-prefixed so that no two different entries share a form
   * ({@code 3:abc} then {@code -} for a null).
   */
  static String canonical(long sequence, String recordedAt, AuditEvent event) {
    StringBuilder out = new StringBuilder();
    field(out, Long.toString(sequence));
    field(out, recordedAt);
    field(out, event.userId());
    field(out, event.role());
    field(out, event.purpose());
    field(out, event.patientId());
    field(out, event.action());
    field(out, event.what());
    field(out, event.outcome());
    field(out, event.reasons());
    return out.toString();
  }

  static String hash(String previousHash, long sequence, String recordedAt, AuditEvent event) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      digest.update(canonical(sequence, recordedAt, event).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable in this Java runtime.", e);
    }
  }

  static String signHead(GovernanceKey key, long count, String lastHash) {
    return HexFormat.of().formatHex(key.hmac("medtwin-audit-head|" + count + "|" + lastHash));
  }

  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("-|");
    } else {
      out.append(value.length()).append(':').append(value).append('|');
    }
  }
}
