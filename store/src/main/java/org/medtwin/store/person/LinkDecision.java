package org.medtwin.store.person;

import java.time.LocalDateTime;

/**
 * A person's decision that two patient records are, or are not, the same person; it binds every
 * later linkage run.
 *
 * @param sourceA the first record's source
 * @param recordA the first record's patient id
 * @param sourceB the second record's source
 * @param recordB the second record's patient id
 * @param same true for "same person", false for "different persons"
 * @param decidedBy who decided
 * @param decidedAt when, in UTC
 * @param reason why, in the decider's words
 */
public record LinkDecision(
    String sourceA, String recordA, String sourceB, String recordB, boolean same,
    String decidedBy, LocalDateTime decidedAt, String reason) {

  /** The decision's value in the {@code link_decision.decision} column. */
  public String decision() {
    return same ? "same" : "different";
  }
}
