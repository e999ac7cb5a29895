package org.medtwin.pharma.pkpd.data;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text stream with their numbers; a line longer than {@link NonmemCsvReader#MAX_LINE}
 * is consumed without being held and flagged, so hostile input cannot exhaust memory.
 */
final class LineSource {

  private final Reader in;
  private final StringBuilder buffer = new StringBuilder();
  private long number;
  private boolean tooLong;
  private boolean pendingLf;

  LineSource(Reader in) {
    this.in = in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in);
  }

  /** The next line without its terminator, or null at the end. */
  String next() throws IOException {
    buffer.setLength(0);
    tooLong = false;
    int c;
    boolean any = false;
    while ((c = in.read()) != -1) {
      if (pendingLf) {
        pendingLf = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n') {
        number++;
        return text();
      }
      if (c == '\r') {
        pendingLf = true;
        number++;
        return text();
      }
      if (buffer.length() < NonmemCsvReader.MAX_LINE) {
        if (c != '\uFEFF' || number > 0 || buffer.length() > 0) {
          buffer.append((char) c);
        }
      } else {
        tooLong = true;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    return text();
  }

  private String text() {
    return tooLong ? "" : buffer.toString();
  }

  long number() {
    return number;
  }

  boolean tooLong() {
    return tooLong;
  }
}
