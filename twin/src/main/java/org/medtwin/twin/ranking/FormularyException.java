package org.medtwin.twin.ranking;

/** A formulary or candidates file that is malformed, with the file and entry named. */
public final class FormularyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FormularyException(String message) {
    super(message);
  }
}
