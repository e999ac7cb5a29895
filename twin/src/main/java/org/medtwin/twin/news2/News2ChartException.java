package org.medtwin.twin.news2;

/** A NEWS2 chart data file that is malformed or inconsistent. */
public final class News2ChartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  News2ChartException(String message) {
    super(message);
  }
}
