package org.medtwin.pharma.pkpd.library;

/** The model library cannot be read, is invalid, or lacks a requested model. */
public final class LibraryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An error whose message names the file, model and field. */
  public LibraryException(String message) {
    super(message);
  }

  /** An error with its cause. */
  public LibraryException(String message, Throwable cause) {
    super(message, cause);
  }
}
