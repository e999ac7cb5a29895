package org.medtwin.fusion.source.hl7;

/**
 * One HL7 v2 message as bytes, before decoding and parsing.
 *
 * @param bytes the message's bytes without the line breaks that follow it, cut at the splitter's
 *     limit when longer
 * @param length the full length in bytes
 * @param number the message's position in the file, 1-based
 */
record RawMessage(byte[] bytes, long length, int number) {

  boolean truncated() {
    return length > bytes.length;
  }
}
