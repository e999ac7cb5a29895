package org.medtwin.fusion.source.csv;

/**
 * One CSV row as bytes, before decoding: at most the splitter's row limit is kept.
 *
 * @param bytes the row's bytes without its line break, cut at the limit when longer
 * @param length the full length of the row in bytes
 * @param line the physical line (1-based) where the row starts
 * @param unclosedQuote whether the file ended inside a quoted field
 */
record RawRow(byte[] bytes, long length, long line, boolean unclosedQuote) {

  /** Whether the row was longer than the limit, so {@link #bytes} holds only its beginning. */
  boolean truncated() {
    return length > bytes.length;
  }
}
