package org.medtwin.governance.key;

/** A key that is missing, unreadable or too weak, said without revealing the key. */
public class KeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyException(String message) {
    super(message);
  }
}
