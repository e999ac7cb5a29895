package org.medtwin.twin.monitor;

/** An observation stream that cannot be read at all (missing columns, not text). */
public final class MonitorInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MonitorInputException(String message) {
    super(message);
  }
}
