package org.medtwin.fusion.source.hl7;

/** Thrown while reading one HL7 message that cannot be accepted; the message is the reason. */
final class MessageRejectedException extends RuntimeException {

  MessageRejectedException(String reason) {
    super(reason, null, false, false);
  }
}
