package org.medtwin.fusion.quality;

/** A quality run that cannot go on: a bad thresholds or knowledge file, or a store query that failed. */
public final class QualityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public QualityException(String message) {
    super(message);
  }

  public QualityException(String message, Throwable cause) {
    super(message, cause);
  }
}
