package org.medtwin.governance;

/** The store refused a governance read or write; the message says which and why. */
public class GovernanceStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GovernanceStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public GovernanceStoreException(String message) {
    super(message);
  }
}
