package org.medtwin.generator;

/** A command-line argument is missing or out of range; its message names the argument and what is allowed. */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message for the user. */
  public UsageException(String message) {
    super(message);
  }
}
