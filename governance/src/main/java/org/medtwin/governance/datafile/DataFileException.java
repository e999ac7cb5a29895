package org.medtwin.governance.datafile;

/** A governance data file that cannot be used, with the file and line at fault. */
public class DataFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DataFileException(String message) {
    super(message);
  }
}
