package org.medtwin.governance.policy;

import java.util.Objects;

/**
 * One request to read or export one patient's data.
 *
 * @param userId who asks
 * @param role the role they act in (they must hold it)
 * @param purpose why
 * @param action read or export
 * @param patientId whose data, as the store names the patient
 * @param breakGlassReason the stated reason for an emergency (break-glass) access, or {@code null}
 */
public record AccessRequest(
    String userId,
    Role role,
    PurposeOfUse purpose,
    AccessAction action,
    String patientId,
    String breakGlassReason) {

  public AccessRequest {
    requireText(userId, "user id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(action, "action");
    requireText(patientId, "patient id");
    breakGlassReason =
        breakGlassReason == null || breakGlassReason.isBlank() ? null : breakGlassReason.strip();
  }

  /** A request without a break-glass reason. */
  public static AccessRequest of(
      String userId, Role role, PurposeOfUse purpose, AccessAction action, String patientId) {
    return new AccessRequest(userId, role, purpose, action, patientId, null);
  }

  /** The same request with a break-glass reason. */
  public AccessRequest withBreakGlassReason(String reason) {
    return new AccessRequest(userId, role, purpose, action, patientId, reason);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An access request needs a " + name + ".");
    }
  }
}
