package org.medtwin.governance.audit;

import java.util.Objects;
import org.medtwin.governance.policy.AccessRequest;
import org.medtwin.governance.policy.Decision;

/**
 * What happened, before the trail gives it a place: who, in which role, for what purpose, on
 * which patient, did what, with which outcome and why. No free text that could identify anyone:
 * reasons are codes, the patient is named by id only.
 *
 * @param userId who
 * @param role the role they acted in
 * @param purpose the purpose of use ({@code treatment}, ...; {@code administration} for changes)
 * @param patientId the patient concerned, or {@code null} for a change that concerns none
 * @param action {@code read}, {@code export} or {@code change}
 * @param what what was read, exported or changed ({@code chart}, {@code export:omop},
 *     {@code consent})
 * @param outcome {@code permit}, {@code deny} or {@code done}
 * @param reasons the decision's reason codes, comma-separated
 */
public record AuditEvent(
    String userId,
    String role,
    String purpose,
    String patientId,
    String action,
    String what,
    String outcome,
    String reasons) {

  public AuditEvent {
    requireText(userId, "user id");
    requireText(role, "role");
    requireText(purpose, "purpose");
    requireText(action, "action");
    requireText(what, "what");
    requireText(outcome, "outcome");
    reasons = reasons == null ? "" : reasons;
    patientId = patientId == null || patientId.isBlank() ? null : patientId;
  }

  /** The event of a policy decision on a read or export. */
  public static AuditEvent of(AccessRequest request, String what, Decision decision) {
    Objects.requireNonNull(decision, "decision");
    return new AuditEvent(
        request.userId(), request.role().code(), request.purpose().code(), request.patientId(),
        request.action().code(), what, decision.permitted() ? "permit" : "deny",
        decision.reasonCodes());
  }

  /** The event of an administrative change (user, role, team, consent). */
  public static AuditEvent change(String actor, String role, String patientId, String what) {
    return new AuditEvent(actor, role, "administration", patientId, "change", what, "done", "");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An audit event needs a " + name + ".");
    }
  }
}
