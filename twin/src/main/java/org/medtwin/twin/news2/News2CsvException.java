package org.medtwin.twin.news2;

/** A vital-signs CSV that cannot be read at all (a missing column, broken quoting). */
public final class News2CsvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  News2CsvException(String message) {
    super(message);
  }
}
