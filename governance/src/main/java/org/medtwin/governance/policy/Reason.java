package org.medtwin.governance.policy;

import java.util.Objects;

/**
 * One reason behind a decision: a stable code a program can test and the audit trail stores, and
 * a sentence a person can act on.
 *
 * @param code stable code such as {@code not-on-care-team}
 * @param message the explanation, with a "Maybe ..." hint where one helps
 */
public record Reason(String code, String message) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
