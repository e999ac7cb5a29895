package org.medtwin.governance.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.medtwin.governance.GovernanceStoreException;
import org.medtwin.governance.key.GovernanceKey;

/**
 * Walks the audit chain from its first entry and names the first bad one: an edited entry (its
 * hash no longer matches its content), a deleted one (a gap, or an entry whose previous hash is
 * unknown), an inserted one (a repeated sequence number, or entries whose successor still points
 * past them), reordered ones (an entry that does not follow its predecessor), and a cut tail (fewer
 * entries or another last hash than the separately kept head says; a rewritten head fails its HMAC
 * signature when an audit key is set).
 */
final class AuditChainVerifier {

  /** How far back an entry's previous hash is looked up to recognise inserted entries. */
  private static final int LOOKBACK = 4096;

  private final Connection connection;
  private final GovernanceKey headKey;

  AuditChainVerifier(Connection connection, GovernanceKey headKey) {
    this.connection = connection;
    this.headKey = headKey;
  }

  AuditVerification verify() {
    boolean signed = headKey != null;
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + AuditTrail.columns() + " FROM gov_audit_entry ORDER BY sequence");
        ResultSet rows = select.executeQuery()) {
      long expected = 1;
      String previous = AuditHashes.GENESIS;
      Map<String, Long> recent = new HashMap<>();
      recent.put(previous, 0L);
      while (rows.next()) {
        AuditEntry entry = AuditTrail.read(rows);
        long seq = entry.sequence();
        if (seq < expected) {
          return AuditVerification.bad(expected - 1, seq,
              "Entry " + seq + " appears again after entry " + (expected - 1)
                  + ": an entry was inserted.", signed);
        }
        if (seq > expected) {
          return AuditVerification.bad(expected - 1, expected,
              "Entry " + expected + " is missing (the trail jumps from " + (expected - 1)
                  + " to " + seq + "): it was deleted.", signed);
        }
        if (!entry.previousHash().equals(previous)) {
          return AuditVerification.bad(expected - 1, firstBadOfBrokenLink(entry, recent),
              brokenLink(entry, recent), signed);
        }
        String hash = AuditHashes.hash(previous, seq, entry.recordedAt(), entry.event());
        if (!hash.equals(entry.entryHash())) {
          return AuditVerification.bad(expected - 1, seq,
              "Entry " + seq + " was edited: its content no longer gives its hash.", signed);
        }
        recent.put(hash, seq);
        if (recent.size() > LOOKBACK) {
          recent.values().removeIf(s -> s < seq - LOOKBACK);
        }
        previous = hash;
        expected++;
      }
      return checkHead(expected - 1, previous, signed);
    } catch (SQLException e) {
      throw new GovernanceStoreException("Cannot read the audit trail: " + e.getMessage(), e);
    }
  }

  private static long firstBadOfBrokenLink(AuditEntry entry, Map<String, Long> recent) {
    Long pointsTo = recent.get(entry.previousHash());
    // Its predecessor is further back: the entries in between were inserted.
    return pointsTo != null && pointsTo < entry.sequence() - 1 ? pointsTo + 1 : entry.sequence();
  }

  private static String brokenLink(AuditEntry entry, Map<String, Long> recent) {
    long seq = entry.sequence();
    Long pointsTo = recent.get(entry.previousHash());
    if (pointsTo != null && pointsTo < seq - 1) {
      return "Entries " + (pointsTo + 1) + " to " + (seq - 1) + " were inserted: entry " + seq
          + " follows entry " + pointsTo + ".";
    }
    return "Entry " + seq + " does not follow entry " + (seq - 1) + ": entries were reordered,"
        + " an entry before it was deleted, or its link was edited.";
  }

  private AuditVerification checkHead(long count, String lastHash, boolean signed)
      throws SQLException {
    Head head = Head.read(connection);
    if (head == null) {
      return count == 0
          ? AuditVerification.ok(0, signed)
          : AuditVerification.bad(count, null,
              "The chain's head is missing: nobody can tell whether entries were cut off.",
              signed);
    }
    if (signed) {
      String expected = AuditHashes.signHead(headKey, head.count(), head.lastHash());
      if (head.signature() == null || !expected.equals(head.signature())) {
        return AuditVerification.bad(count, Math.min(count, head.count()) + 1,
            "The chain's head fails its signature: it was rewritten (or signed with another"
                + " key); entries after " + Math.min(count, head.count()) + " cannot be trusted.",
            true);
      }
    }
    if (head.count() > count) {
      return AuditVerification.bad(count, count + 1,
          "The trail was truncated: the head counts " + head.count() + " entries but the trail"
              + " ends at " + count + "; entries " + (count + 1) + " to " + head.count()
              + " are missing.", signed);
    }
    if (head.count() < count) {
      return AuditVerification.bad(count, head.count() + 1,
          "Entries " + (head.count() + 1) + " to " + count + " were added behind the head.",
          signed);
    }
    if (!head.lastHash().equals(lastHash)) {
      return AuditVerification.bad(count, count,
          "Entry " + count + " is not the entry the head ends on: the tail was replaced.",
          signed);
    }
    return AuditVerification.ok(count, signed);
  }
}
