package org.medtwin.fusion.source;

/** Receives the records a reader produces, one at a time, in file order. */
@FunctionalInterface
public interface RecordSink {

  /** Takes one record; readers call it exactly once per source record they meet. */
  void accept(SourceRecord record);
}
