package org.medtwin.governance;

import java.sql.Connection;
import java.time.Clock;
import java.util.Objects;
import org.medtwin.governance.audit.AuditEntry;
import org.medtwin.governance.audit.AuditEvent;
import org.medtwin.governance.audit.AuditTrail;
import org.medtwin.governance.directory.BreakGlassLog;
import org.medtwin.governance.directory.GovernanceDirectory;
import org.medtwin.governance.key.GovernanceKey;
import org.medtwin.governance.policy.AccessRequest;
import org.medtwin.governance.policy.Decision;
import org.medtwin.governance.policy.Obligation;
import org.medtwin.governance.policy.PolicyDecisionPoint;
import org.medtwin.governance.policy.PolicyRules;

/**
 * The door every read and export of patient data goes through: asks the policy decision point,
 * writes the audit entry (permits and denials alike), records a break-glass access with its
 * reason for review, and hands back the decision whose obligations the caller must honour.
 *
 * <pre>{@code
 * GovernedAccess access = GovernedAccess.open(store.connection(), auditKey, Clock.systemUTC());
 * Decision decision = access.authorize(
 *     AccessRequest.of("dr-lee", Role.CLINICIAN, PurposeOfUse.TREATMENT, AccessAction.READ, id),
 *     "chart");
 * if (decision.denied()) { ... decision.explanation() ... }
 * }</pre>
 */
public final class GovernedAccess {

  private final PolicyDecisionPoint decisionPoint;
  private final AuditTrail audit;
  private final BreakGlassLog breakGlass;

  /** The door over these parts. */
  public GovernedAccess(
      PolicyDecisionPoint decisionPoint, AuditTrail audit, BreakGlassLog breakGlass) {
    this.decisionPoint = Objects.requireNonNull(decisionPoint, "decisionPoint");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.breakGlass = Objects.requireNonNull(breakGlass, "breakGlass");
  }

  /**
   * The door on a migrated store's connection with the shipped rules and the directory in the
   * store.
   *
   * @param auditKey the key that signs the audit head, or {@code null} for an unsigned head
   */
  public static GovernedAccess open(Connection connection, GovernanceKey auditKey, Clock clock) {
    AuditTrail audit = new AuditTrail(connection, auditKey, clock);
    GovernanceDirectory directory = new GovernanceDirectory(connection, audit, clock);
    return new GovernedAccess(
        new PolicyDecisionPoint(PolicyRules.standard(), directory), audit,
        new BreakGlassLog(connection, clock));
  }

  /**
   * Decides a request and writes its audit entry; a permitted break-glass access is also logged
   * with its reason for review.
   *
   * @param what what is read or exported ({@code chart}, {@code observations}, {@code
   *     export:omop}); a short code, never free text about the patient
   */
  public Decision authorize(AccessRequest request, String what) {
    Decision decision = decisionPoint.decide(request);
    AuditEntry entry = audit.append(AuditEvent.of(request, what, decision));
    if (decision.permitted() && decision.requires(Obligation.FLAG_FOR_REVIEW)) {
      breakGlass.record(
          request.userId(), request.role().code(), request.patientId(),
          request.breakGlassReason(), entry.sequence());
    }
    return decision;
  }

  /** The decision point, for callers that must decide without acting (a preview). */
  public PolicyDecisionPoint decisionPoint() {
    return decisionPoint;
  }

  /** The audit trail it writes. */
  public AuditTrail audit() {
    return audit;
  }

  /** The break-glass log it writes. */
  public BreakGlassLog breakGlass() {
    return breakGlass;
  }
}
