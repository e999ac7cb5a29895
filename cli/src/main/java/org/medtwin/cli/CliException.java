package org.medtwin.cli;

/** A failure the user can fix, reported as its message alone. */
public class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }
}
