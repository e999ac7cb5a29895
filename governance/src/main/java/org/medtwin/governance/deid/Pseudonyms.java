package org.medtwin.governance.deid;

import java.math.BigInteger;
import java.util.HexFormat;
import org.medtwin.governance.key.GovernanceKey;

/**
 * Keyed-HMAC pseudonyms: the same id gives the same pseudonym under the same key, so records of
 * one patient still join, and without the key nobody can go back or test a guess.
 */
public final class Pseudonyms {

  /** The identifier system of pseudonyms in de-identified patients. */
  public static final String SYSTEM = "urn:medtwin:pseudonym";

  private final GovernanceKey key;

  /** Pseudonyms under this key. */
  public Pseudonyms(GovernanceKey key) {
    this.key = java.util.Objects.requireNonNull(key, "key");
  }

  /** A patient's pseudonym: {@code pt-} and 128 bits of HMAC-SHA256 in hex. */
  public String patient(String patientId) {
    return "pt-" + hex("patient", patientId);
  }

  /** A record's pseudonym (ids of encounters, observations, notes...). */
  public String record(String recordId) {
    return recordId == null ? null : "rec-" + hex("record", recordId);
  }

  /**
   * A DICOM UID pseudonym in the {@code 2.25} arc (ISO/IEC 9834-8: a UUID's 128 bits as one
   * decimal number), so imaging tools still accept it.
   */
  public String uid(String uid) {
    if (uid == null) {
      return null;
    }
    byte[] mac = key.hmac("uid|" + uid);
    byte[] first = java.util.Arrays.copyOf(mac, 16);
    return "2.25." + new BigInteger(1, first).toString();
  }

  /** The number of days to move this patient's dates: in [-max, -1] or [1, max], never 0. */
  public int shiftDays(String patientId, int maxShiftDays) {
    byte[] mac = key.hmac("date-shift|" + patientId);
    long value = new BigInteger(1, java.util.Arrays.copyOf(mac, 8)).longValue() & Long.MAX_VALUE;
    int magnitude = (int) (value % maxShiftDays) + 1;
    return (mac[8] & 1) == 0 ? magnitude : -magnitude;
  }

  private String hex(String namespace, String id) {
    byte[] mac = key.hmac(namespace + "|" + id);
    return HexFormat.of().formatHex(mac, 0, 16);
  }
}
