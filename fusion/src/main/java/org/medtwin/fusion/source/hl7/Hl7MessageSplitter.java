package org.medtwin.fusion.source.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a file of HL7 v2 messages into messages at the byte level, streaming: a message runs from
 * an {@code MSH} at the start of a line (after CR, LF or the file start) to the next one. Bytes
 * before the first {@code MSH} that are not blank become a message of their own, so that the
 * reader rejects them rather than dropping them. Line breaks between messages are not part of
 * either, so a message hashes the same wherever it sits in the file.
 */
final class Hl7MessageSplitter {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final int maxMessageBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int end;
  private boolean atLineStart = true;
  private int number;

  private byte[] message = new byte[4096];
  private int kept;
  private long length;
  private int trailingBreaks; // CR and LF bytes at the end so far, counted even past the limit
  private boolean pendingStart; // the MSH of the next message has been seen but not stored

  Hl7MessageSplitter(InputStream in, int maxMessageBytes) {
    this.in = in;
    this.maxMessageBytes = maxMessageBytes;
  }

  /** The next message, or {@code null} at the end of the stream. */
  RawMessage next() throws IOException {
    kept = 0;
    length = 0;
    trailingBreaks = 0;
    if (pendingStart) {
      pendingStart = false;
      append((byte) 'M');
    }
    int b;
    while ((b = read()) >= 0) {
      if (atLineStart && b == 'M' && length > 0 && startsSegment("SH")) {
        if (hasContent()) {
          pendingStart = true;
          atLineStart = false;
          return emit();
        }
        // Only blank bytes so far: they separate messages and belong to none.
        kept = 0;
        length = 0;
        trailingBreaks = 0;
      }
      atLineStart = b == '\r' || b == '\n';
      append((byte) b);
    }
    return hasContent() ? emit() : null;
  }

  private RawMessage emit() {
    trimTrailingLineBreaks();
    number++;
    return new RawMessage(Arrays.copyOf(message, kept), length, number);
  }

  /** Whether the next bytes are {@code rest}, without consuming them. */
  private boolean startsSegment(String rest) throws IOException {
    ensure(rest.length());
    if (end - pos < rest.length()) {
      return false;
    }
    for (int i = 0; i < rest.length(); i++) {
      if (buffer[pos + i] != rest.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasContent() {
    for (int i = 0; i < kept; i++) {
      if (!Character.isWhitespace(message[i])) {
        return true;
      }
    }
    return length > kept; // a cut message certainly has content
  }

  private void trimTrailingLineBreaks() {
    length -= trailingBreaks;
    kept = (int) Math.min(kept, length);
    trailingBreaks = 0;
  }

  private void append(byte b) {
    length++;
    trailingBreaks = b == '\r' || b == '\n' ? trailingBreaks + 1 : 0;
    if (kept < maxMessageBytes) {
      if (kept == message.length) {
        message = Arrays.copyOf(message, (int) Math.min((long) message.length * 2, maxMessageBytes));
      }
      message[kept++] = b;
    }
  }

  private int read() throws IOException {
    ensure(1);
    return pos < end ? buffer[pos++] & 0xFF : -1;
  }

  private void ensure(int count) throws IOException {
    if (end - pos >= count) {
      return;
    }
    System.arraycopy(buffer, pos, buffer, 0, end - pos);
    end -= pos;
    pos = 0;
    while (end < count) {
      int n = in.read(buffer, end, BUFFER - end);
      if (n < 0) {
        return;
      }
      end += n;
    }
  }
}
