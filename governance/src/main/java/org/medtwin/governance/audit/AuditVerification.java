package org.medtwin.governance.audit;

/**
 * The verdict of checking the audit chain.
 *
 * @param intact whether every entry and the head agree
 * @param entriesChecked entries read
 * @param firstBadSequence the sequence number of the first bad entry (a missing one counts), or
 *     {@code null} when intact or when only the head is at fault
 * @param problem what is wrong, for a person; {@code null} when intact
 * @param headSigned whether the head carries a signature checked against the audit key; without
 *     it, a cut tail with a rewritten head cannot be told from a short trail
 */
public record AuditVerification(
    boolean intact, long entriesChecked, Long firstBadSequence, String problem,
    boolean headSigned) {

  static AuditVerification ok(long checked, boolean signed) {
    return new AuditVerification(true, checked, null, null, signed);
  }

  static AuditVerification bad(long checked, Long first, String problem, boolean signed) {
    return new AuditVerification(false, checked, first, problem, signed);
  }
}
