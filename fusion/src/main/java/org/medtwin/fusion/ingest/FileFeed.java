package org.medtwin.fusion.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.ingest.IngestedFile;
import org.medtwin.store.ingest.QuarantineEntry;

/**
 * Reads every planned file on its own thread and hands the records to the run through a bounded
 * queue, so that parsing and database work use both cores while memory stays bounded.
 */
final class FileFeed implements Runnable {

  private final List<Ingestion.Plan> plans;
  private final Map<String, IngestedFile> committed;
  private final BlockingQueue<FeedItem> queue;
  private final String runId;
  private volatile boolean cancelled;

  FileFeed(List<Ingestion.Plan> plans, Map<String, IngestedFile> committed,
      BlockingQueue<FeedItem> queue, String runId) {
    this.plans = plans;
    this.committed = committed;
    this.queue = queue;
    this.runId = runId;
  }

  /** Asks the feed to stop at the next record. */
  void cancel() {
    cancelled = true;
  }

  @Override
  public void run() {
    try {
      for (Ingestion.Plan plan : plans) {
        for (Path path : plan.files()) {
          if (cancelled) {
            return;
          }
          feed(plan.reader(), new SourceFile(plan.source().descriptor().source(), plan.dataFolder(), path));
        }
      }
      put(new FeedItem.Finished());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      try {
        put(new FeedItem.Failed(e));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void feed(SourceReader reader, SourceFile file) throws IOException, InterruptedException {
    long size = Files.size(file.path());
    String sha256 = sha256(file.path());
    IngestedFile earlier = committed.get(file.source() + "/" + file.relativeName());
    if (earlier != null && earlier.sha256().equals(sha256) && earlier.sizeBytes() == size) {
      put(new FeedItem.FileSkipped(earlier));
      return;
    }
    long[] tally = new long[2];
    try {
      reader.read(file, record -> {
        putUninterruptibly(new FeedItem.Read(file.source(), record));
        tally[0]++;
        if (record instanceof SourceRecord.Rejected) {
          tally[1]++;
        }
      });
    } catch (IOException | RuntimeException e) {
      if (cancelled) {
        return;
      }
      // The file as a whole failed; it is quarantined as one more record so nothing vanishes.
      put(new FeedItem.Read(file.source(), new SourceRecord.Rejected(new QuarantineEntry(
          file.source(), file.relativeName(), "file",
          "MedTwin could not read the file to its end: " + e.getMessage()
              + ". Records before the failure were read.", new byte[0], 0))));
      tally[0]++;
      tally[1]++;
    }
    put(new FeedItem.FileRead(
        new IngestedFile(file.source(), file.relativeName(), size, sha256, tally[0], tally[1], runId)));
  }

  private void put(FeedItem item) throws InterruptedException {
    queue.put(item);
  }

  private void putUninterruptibly(FeedItem item) {
    if (cancelled) {
      throw new CancellationException();
    }
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException();
    }
  }

  /** Unwinds a reader when the run stopped taking records. */
  private static final class CancellationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancellationException() {
      super("the ingest run stopped", null, false, false);
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
