package org.medtwin.governance.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one place that decides whether a user may read or export a patient's data: the user must
 * hold the role, the rules must grant the role the purpose and action, the user must stand in the
 * relation to the patient the grant asks for, and the patient's consent must allow it.
 *
 * <p>Order of the checks, each denial naming its reason: unknown or inactive user; role not held;
 * the rules' grant (deny, own record, care team, break-glass reason); the patient's research
 * opt-out. A permit then carries the sections the patient withholds from the role (never from
 * themselves, and also under break-glass: consent is the patient's to lift).
 */
public final class PolicyDecisionPoint {

  private final PolicyRules rules;
  private final AccessFacts facts;

  /** A decision point over these rules and this directory. */
  public PolicyDecisionPoint(PolicyRules rules, AccessFacts facts) {
    this.rules = java.util.Objects.requireNonNull(rules, "rules");
    this.facts = java.util.Objects.requireNonNull(facts, "facts");
  }

  /** The rules it applies. */
  public PolicyRules rules() {
    return rules;
  }

  /** Decides one request; never throws for a request it can read, it denies with a reason. */
  public Decision decide(AccessRequest request) {
    Optional<UserAccount> found = facts.user(request.userId());
    if (found.isEmpty()) {
      return Decision.deny(
          "unknown-user",
          "User '" + request.userId() + "' is not in the directory. Maybe add them with"
              + " 'medtwin access user add'?");
    }
    UserAccount user = found.get();
    if (!user.active()) {
      return Decision.deny(
          "inactive-user", "User '" + user.userId() + "' is deactivated.");
    }
    if (!user.holds(request.role())) {
      return Decision.deny(
          "role-not-held",
          "User '" + user.userId() + "' does not hold the role " + request.role().code()
              + "; they hold " + codes(user.roles()) + ".");
    }
    Relationship relationship = relationship(user, request);
    Grant grant = rules.grant(request.role(), request.purpose(), request.action());
    List<Reason> reasons = new ArrayList<>();
    Set<Obligation> obligations = EnumSet.of(Obligation.AUDIT);
    Optional<Decision> denial = applyGrant(grant, relationship, request, reasons, obligations);
    if (denial.isPresent()) {
      return denial.get();
    }
    Consent consent = facts.consent(request.patientId());
    if (request.purpose() == PurposeOfUse.RESEARCH && consent.researchOptOut()) {
      return Decision.deny(
          "research-opt-out",
          "Patient " + request.patientId() + " has opted out of research use of their data.");
    }
    SortedSet<String> withheld =
        relationship == Relationship.SELF ? new TreeSet<>() : consent.withheldFrom(request.role());
    if (!withheld.isEmpty()) {
      obligations.add(Obligation.WITHHOLD_SECTIONS);
      reasons.add(
          new Reason(
              "sections-withheld",
              "The patient withholds " + String.join(", ", withheld) + " from the role "
                  + request.role().code() + "; those records are left out."));
    }
    return new Decision(true, reasons, obligations, withheld);
  }

  private Relationship relationship(UserAccount user, AccessRequest request) {
    if (request.role() == Role.PATIENT && request.patientId().equals(user.patientId())) {
      return Relationship.SELF;
    }
    return facts.onCareTeamOf(user.userId(), request.patientId())
        ? Relationship.CARE_TEAM
        : Relationship.NONE;
  }

  private Optional<Decision> applyGrant(
      Grant grant,
      Relationship relationship,
      AccessRequest request,
      List<Reason> reasons,
      Set<Obligation> obligations) {
    String cell =
        request.role().code() + " x " + request.purpose().code() + " x " + request.action().code();
    switch (grant) {
      case OWN_RECORD:
        if (relationship != Relationship.SELF) {
          return Optional.of(
              Decision.deny(
                  "not-own-record",
                  "A patient user may only " + request.action().code() + " their own record, not"
                      + " patient " + request.patientId() + "."));
        }
        reasons.add(new Reason("own-record", "The user is the patient (" + rules.label() + ")."));
        return Optional.empty();
      case CARE_TEAM:
        if (relationship != Relationship.CARE_TEAM) {
          return Optional.of(
              Decision.deny(
                  "not-on-care-team",
                  "User '" + request.userId() + "' is on no care team of patient "
                      + request.patientId() + ". Maybe join the patient's care team, or in an"
                      + " emergency use purpose emergency with a reason (break-glass)."));
        }
        reasons.add(
            new Reason("care-team", "The user is on a care team of the patient (" + cell + ")."));
        return Optional.empty();
      case ANY_PATIENT:
        reasons.add(new Reason("role-grant", rules.label() + " grants " + cell + "."));
        return Optional.empty();
      case DEIDENTIFIED:
        obligations.add(Obligation.DEIDENTIFY);
        reasons.add(
            new Reason("deidentified-only", cell + " is granted on de-identified data only."));
        return Optional.empty();
      case BREAK_GLASS:
        if (request.breakGlassReason() == null) {
          return Optional.of(
              Decision.deny(
                  "break-glass-reason-missing",
                  "Emergency (break-glass) access needs a reason. Maybe state why, e.g."
                      + " 'unconscious patient in the emergency department'?"));
        }
        obligations.add(Obligation.FLAG_FOR_REVIEW);
        reasons.add(
            new Reason(
                "break-glass",
                "Break-glass access with a stated reason; audited and flagged for review."));
        return Optional.empty();
      default:
        return Optional.of(
            Decision.deny(
                "no-permission",
                "The role " + request.role().code() + " may not " + request.action().code()
                    + " patient data for " + request.purpose().code() + " (" + rules.label()
                    + ")."));
    }
  }

  private static String codes(Set<Role> roles) {
    if (roles.isEmpty()) {
      return "no role";
    }
    List<String> codes = new ArrayList<>();
    roles.stream().sorted().forEach(role -> codes.add(role.code()));
    return String.join(", ", codes);
  }
}
