package org.medtwin.cli.link;

import org.medtwin.cli.CliException;
import org.medtwin.fusion.link.standardize.RecordKey;

/** Reads a record named on the command line as {@code SOURCE:PATIENT_ID}. */
final class RecordArgument {

  private RecordArgument() {}

  /**
   * The record key; the source ends at the first colon, so patient ids may hold colons.
   *
   * @throws CliException when the text has no colon or an empty part
   */
  static RecordKey parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new CliException("'" + text + "' is not a record. Name records as SOURCE:PATIENT_ID,"
          + " such as hospital-b:B0000042.");
    }
    return new RecordKey(text.substring(0, colon), text.substring(colon + 1));
  }
}
