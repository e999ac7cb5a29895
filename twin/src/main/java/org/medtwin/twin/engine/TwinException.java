package org.medtwin.twin.engine;

/** A twin that cannot be assembled, found or forked, with a message a user can act on. */
public final class TwinException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TwinException(String message) {
    super(message);
  }

  TwinException(String message, Throwable cause) {
    super(message, cause);
  }
}
