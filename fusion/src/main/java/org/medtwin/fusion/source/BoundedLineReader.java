package org.medtwin.fusion.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n}) without decoding them, and without
 * ever holding more than a fixed number of bytes of one line: a longer line is returned cut, with
 * its full length, so that a reader can quarantine a 100 MB line without running out of memory.
 */
public final class BoundedLineReader {

  /** One line: its bytes (cut at the limit), its full length and its 1-based number. */
  public record Line(byte[] bytes, long length, long number) {

    /** Whether the line was longer than the limit and {@link #bytes()} holds only its start. */
    public boolean truncated() {
      return length > bytes.length;
    }

    /** Whether the line holds nothing but spaces and tabs. */
    public boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return !truncated();
    }
  }

  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int filled;
  private long lineNumber;

  /**
   * A reader over the stream.
   *
   * @param in the bytes, buffered or not
   * @param limit the most bytes of one line kept in memory
   */
  public BoundedLineReader(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line without its terminator, or {@code null} at the end of the stream. */
  public Line next() throws IOException {
    byte[] line = new byte[Math.min(limit, 256)];
    int kept = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == filled) {
        filled = in.read(buffer);
        position = 0;
        if (filled <= 0) {
          filled = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < filled && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      int keep = (int) Math.max(0, Math.min(chunk, limit - kept));
      if (keep > 0) {
        if (kept + keep > line.length) {
          line = Arrays.copyOf(line, Math.min(limit, Math.max(line.length * 2, kept + keep)));
        }
        System.arraycopy(buffer, start, line, kept, keep);
        kept += keep;
      }
      length += chunk;
      if (position < filled) {
        position++; // the '\n'
        break;
      }
    }
    if (kept > 0 && kept == length && line[kept - 1] == '\r') {
      kept--;
      length--;
    }
    lineNumber++;
    return new Line(Arrays.copyOf(line, kept), length, lineNumber);
  }
}
