package org.medtwin.fusion.ingest;

/** Hears how far an ingest run has come, so that a CLI or UI can show it. */
public interface IngestProgress {

  /** Tells the total number of bytes the run will read, once, before the first file. */
  void started(long totalBytes, int totalFiles);

  /** Tells that a file is done and how many bytes the run has read so far. */
  void fileDone(String source, String file, long bytesDone);

  /** A listener that hears nothing. */
  IngestProgress SILENT =
      new IngestProgress() {
        @Override
        public void started(long totalBytes, int totalFiles) {}

        @Override
        public void fileDone(String source, String file, long bytesDone) {}
      };
}
