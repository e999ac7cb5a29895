package org.medtwin.fusion.source;

import java.io.IOException;

/**
 * Reads one file of one source format into {@link SourceRecord}s, streaming: a reader never holds
 * the whole file in memory, and it never drops a record silently — what it cannot read it passes
 * on as {@link SourceRecord.Rejected} with a reason, then goes on with the rest of the file.
 */
public interface SourceReader {

  /** Whether this reader handles the file (by name and, where needed, by its first bytes). */
  boolean accepts(SourceFile file);

  /**
   * Reads the file and passes every record to the sink.
   *
   * @throws IOException only when the file cannot be read at all (missing, unreadable); bad
   *     content inside a readable file is reported through the sink instead
   */
  void read(SourceFile file, RecordSink sink) throws IOException;
}
