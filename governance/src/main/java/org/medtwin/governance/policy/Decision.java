package org.medtwin.governance.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The policy decision point's answer to one request: permit or deny, the reasons, what the caller
 * must do (obligations) and which consent sections to leave out.
 *
 * @param permitted whether the request may go ahead
 * @param reasons why, first the deciding one
 * @param obligations what the caller must do; always contains {@link Obligation#AUDIT}
 * @param withheldSections sections (such as {@code mental_health}) whose records the caller must
 *     leave out; empty when none
 */
public record Decision(
    boolean permitted,
    List<Reason> reasons,
    Set<Obligation> obligations,
    SortedSet<String> withheldSections) {

  public Decision {
    reasons = List.copyOf(reasons);
    EnumSet<Obligation> all = EnumSet.of(Obligation.AUDIT);
    all.addAll(obligations);
    obligations = Collections.unmodifiableSet(all);
    withheldSections = Collections.unmodifiableSortedSet(new TreeSet<>(withheldSections));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A decision needs at least one reason.");
    }
  }

  /** A denial for one reason. */
  static Decision deny(String code, String message) {
    return new Decision(
        false, List.of(new Reason(code, message)), Set.of(), new TreeSet<>());
  }

  /** Whether the request was denied. */
  public boolean denied() {
    return !permitted;
  }

  /** Whether the caller must carry out this obligation. */
  public boolean requires(Obligation obligation) {
    return obligations.contains(obligation);
  }

  /** The reason codes joined by commas, as the audit trail stores them. */
  public String reasonCodes() {
    return reasons.stream().map(Reason::code).collect(Collectors.joining(","));
  }

  /** The reasons' messages, one sentence after the other, for a person. */
  public String explanation() {
    return reasons.stream().map(Reason::message).collect(Collectors.joining(" "));
  }
}
