package org.medtwin.pharma.pkpd.data;

/** A dataset that cannot be read at all (missing file, no header, no ID or TIME column). */
public final class DataFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An error whose message names the file and what is wrong. */
  public DataFormatException(String message) {
    super(message);
  }

  /** An error with its cause (an I/O failure). */
  public DataFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
