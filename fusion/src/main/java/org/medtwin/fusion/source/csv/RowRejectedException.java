package org.medtwin.fusion.source.csv;

/** Thrown while mapping one CSV row when the row cannot be accepted; the message is the reason. */
final class RowRejectedException extends RuntimeException {

  RowRejectedException(String reason) {
    super(reason, null, false, false);
  }
}
