package org.medtwin.fusion.source.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a CSV byte stream into rows without decoding it, so that one row with bad bytes cannot
 * spoil the rest, and without ever holding more than one row (capped at a limit) in memory.
 *
 * <p>Rows end at LF or CRLF outside double quotes; a quoted field may span lines. A UTF-8 byte
 * order mark at the start is skipped. Blank lines are not rows: they carry no data, so skipping
 * them loses nothing.
 */
final class CsvRowSplitter {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final int maxRowBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int end;
  private boolean started;
  private long line = 1;

  private byte[] row = new byte[256];
  private int kept;
  private long length;
  private boolean lastByteWasCarriageReturn;

  CsvRowSplitter(InputStream in, int maxRowBytes) {
    this.in = in;
    this.maxRowBytes = maxRowBytes;
  }

  /** The next row, or {@code null} at the end of the stream. */
  RawRow next() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    while (true) {
      kept = 0;
      length = 0;
      long startLine = line;
      boolean quoted = false;
      boolean sawAny = false;
      int b;
      while ((b = read()) >= 0) {
        sawAny = true;
        if (b == '\n') {
          line++;
          if (!quoted) {
            break;
          }
        } else if (b == '"') {
          quoted = !quoted; // a doubled quote toggles twice, so it ends where it began
        }
        append((byte) b);
      }
      if (b == '\n' || (b < 0 && !quoted)) {
        dropTrailingCarriageReturn();
      }
      if (b < 0 && !sawAny) {
        return null;
      }
      if (length == 0 && !quoted) {
        if (b < 0) {
          return null;
        }
        continue; // a blank line
      }
      return new RawRow(Arrays.copyOf(row, kept), length, startLine, quoted && b < 0);
    }
  }

  private void append(byte b) {
    length++;
    if (kept < maxRowBytes) {
      if (kept == row.length) {
        row = Arrays.copyOf(row, (int) Math.min((long) row.length * 2, maxRowBytes));
      }
      row[kept++] = b;
    }
  }

  private void dropTrailingCarriageReturn() {
    if (length > 0 && length == kept && row[kept - 1] == '\r') {
      kept--;
      length--;
    } else if (length > kept && lastByteWasCarriageReturn) {
      length--;
    }
  }

  private int read() throws IOException {
    if (pos == end) {
      end = in.read(buffer, 0, BUFFER);
      pos = 0;
      if (end <= 0) {
        end = 0;
        return -1;
      }
    }
    int b = buffer[pos++] & 0xFF;
    if (b != '\n') {
      lastByteWasCarriageReturn = b == '\r';
    }
    return b;
  }

  private void skipByteOrderMark() throws IOException {
    while (end < 3) {
      int n = in.read(buffer, end, BUFFER - end);
      if (n < 0) {
        break;
      }
      end += n;
    }
    if (end >= 3
        && (buffer[0] & 0xFF) == 0xEF
        && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
  }
}
