package org.medtwin.fusion.ingest;

import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.ingest.IngestedFile;

/** What the file feed hands to the run, in file order. */
sealed interface FeedItem {

  /** One record read from a file. */
  record Read(String source, SourceRecord record) implements FeedItem {}

  /** A file read to its end; it is committed with the batch that holds its last record. */
  record FileRead(IngestedFile file) implements FeedItem {}

  /** A file an earlier run committed with the same bytes; its records are not read again. */
  record FileSkipped(IngestedFile earlier) implements FeedItem {}

  /** The feed failed outside any one file. */
  record Failed(Exception cause) implements FeedItem {}

  /** Every file is done. */
  record Finished() implements FeedItem {}
}
