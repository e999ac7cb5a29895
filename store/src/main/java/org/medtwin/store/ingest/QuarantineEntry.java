package org.medtwin.store.ingest;

import java.util.Objects;

/**
 * A record a reader could not accept, kept with its raw bytes and a reason a person can act on.
 *
 * @param source the source's name
 * @param file the file it came from, relative to the source's folder
 * @param location where in the file: {@code line 12}, {@code entry 3}, {@code message 7}
 * @param reason what is wrong and, where it helps, what to do
 * @param raw the record's raw bytes, cut at {@link #MAX_RAW_BYTES} when longer
 * @param rawLength the full length of the raw record in bytes; negative means the length of {@code
 *     raw}
 */
public record QuarantineEntry(
    String source, String file, String location, String reason, byte[] raw, long rawLength) {

  /** Raw records longer than this are kept cut; the file and location still point at the whole. */
  public static final int MAX_RAW_BYTES = 1 << 20;

  public QuarantineEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    raw = raw == null ? new byte[0] : raw;
    rawLength = rawLength < 0 ? raw.length : rawLength;
    if (raw.length > MAX_RAW_BYTES) {
      raw = java.util.Arrays.copyOf(raw, MAX_RAW_BYTES);
    }
  }

  /** Whether the stored raw bytes are only the beginning of the record. */
  public boolean rawTruncated() {
    return rawLength > raw.length;
  }
}
