package org.medtwin.fusion.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.PatientStore;
import org.medtwin.store.ingest.IngestBatch;
import org.medtwin.store.ingest.IngestedFile;
import org.medtwin.store.ingest.SourceCounts;
import org.medtwin.store.ingest.UnmappedCode;
import org.medtwin.store.ingest.UnmodeledResource;

/**
 * Ingests a source folder, or a network of them, into the patient store: every file through its
 * source's reader, every record into a batch, every batch in one transaction.
 *
 * <p>A file whose bytes an earlier run committed is not read again; its records count as
 * unchanged (or quarantined, as they were). A file a killed run left half-read is read again from
 * its start; the records that run had committed are then recognised as unchanged. Either way the
 * store ends as if the run had never been interrupted.
 *
 * <p>Files are read on a second thread ({@link FileFeed}) while this one writes batches.
 */
public final class Ingestion {

  private static final int QUEUE_CAPACITY = 4096;

  private final PatientStore store;
  private final IngestSettings settings;
  private final IngestProgress progress;

  /** An ingestion into the store. */
  public Ingestion(PatientStore store, IngestSettings settings, IngestProgress progress) {
    this.store = store;
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * Ingests everything under the input folder.
   *
   * @throws IOException when the input is not a source or network folder, or a source's concept
   *     map cannot be loaded; bad records never cause it
   */
  public IngestReport run(Path input) throws IOException {
    long started = System.nanoTime();
    List<Plan> plans = plan(input);
    progress.started(
        plans.stream().flatMap(p -> p.files().stream()).mapToLong(Ingestion::size).sum(),
        plans.stream().mapToInt(p -> p.files().size()).sum());
    String runId = UUID.randomUUID().toString();
    store.runs().started(runId, input.toAbsolutePath().normalize().toString());
    BlockingQueue<FeedItem> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    FileFeed feed = new FileFeed(plans, store.ingestedFiles(), queue, runId);
    Thread reader = new Thread(feed, "medtwin-ingest-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      Run run = new Run(runId);
      run.consume(queue);
      store.runs().finished(runId);
      return new IngestReport(
          runId, input.toString(), store.location().redacted(),
          (System.nanoTime() - started) / 1e9, plans.stream().map(run::report).toList());
    } catch (RuntimeException | IOException e) {
      feed.cancel();
      reader.interrupt();
      store.runs().failed(runId);
      throw e;
    }
  }

  /** One source's reader and the files it will read. */
  record Plan(
      SourceFolders.Found source, SourceReader reader, Path dataFolder, List<Path> files,
      List<String> ignored) {}

  private static List<Plan> plan(Path input) throws IOException {
    List<Plan> plans = new ArrayList<>();
    for (SourceFolders.Found found : SourceFolders.under(input)) {
      SourceReader reader = SourceReaders.forSource(found.descriptor(), found.folder());
      Path data = SourceReaders.dataFolder(found.descriptor(), found.folder());
      List<Path> files = new ArrayList<>();
      List<String> ignored = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(data)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          if (data.equals(found.folder()) && isSourceConfiguration(found, file.getFileName().toString())) {
            continue;
          }
          SourceFile sourceFile = new SourceFile(found.descriptor().source(), data, file);
          if (reader.accepts(sourceFile)) {
            files.add(file);
          } else {
            ignored.add(sourceFile.relativeName());
          }
        }
      }
      plans.add(new Plan(found, reader, data, files, ignored));
    }
    return plans;
  }

  private static boolean isSourceConfiguration(SourceFolders.Found found, String name) {
    return name.equals(SourceDescriptor.FILE_NAME)
        || name.equals(found.descriptor().conceptMap())
        || name.equals(found.descriptor().csvMapping());
  }

  /** The writing side of one run: the open batch and the running counts. */
  private final class Run {
    private final String runId;
    private final Map<String, SourceCounts> counts = new TreeMap<>();
    private final Map<String, Map<String, Long>> unmodeled = new TreeMap<>();
    private final Map<String, Map<String, Long>> unmapped = new TreeMap<>();
    private IngestBatch batch;
    private long bytesDone;

    Run(String runId) {
      this.runId = runId;
      this.batch = store.newBatch(runId);
    }

    void consume(BlockingQueue<FeedItem> queue) throws IOException {
      while (true) {
        FeedItem item = take(queue);
        if (item instanceof FeedItem.Read read) {
          take(read.record(), read.source());
        } else if (item instanceof FeedItem.FileRead done) {
          batch.fileCompleted(done.file());
          fileDone(done.file());
        } else if (item instanceof FeedItem.FileSkipped skipped) {
          IngestedFile earlier = skipped.earlier();
          add(earlier.source(),
              new SourceCounts(0, earlier.records() - earlier.quarantined(), earlier.quarantined()));
          fileDone(earlier);
        } else if (item instanceof FeedItem.Failed failed) {
          if (failed.cause() instanceof IOException io) {
            throw io;
          }
          throw (RuntimeException) failed.cause();
        } else {
          commit();
          return;
        }
      }
    }

    private FeedItem take(BlockingQueue<FeedItem> queue) {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("The ingest run was interrupted.", e);
      }
    }

    private void fileDone(IngestedFile file) {
      bytesDone += file.sizeBytes();
      progress.fileDone(file.source(), file.path(), bytesDone);
    }

    private void take(SourceRecord record, String source) {
      if (record instanceof SourceRecord.Accepted accepted) {
        batch.accept(
            source, accepted.key(), accepted.contentHash(), accepted.file(), accepted.location(),
            accepted.facts(), accepted.unmodeled(), accepted.unmapped());
        for (UnmodeledResource resource : accepted.unmodeled()) {
          tally(unmodeled, resource.source(), resource.type());
        }
        for (UnmappedCode code : accepted.unmapped()) {
          tally(unmapped, code.source(), code.system() + "|" + code.code()
              + (code.unit() == null ? "" : " [" + code.unit() + "]"));
        }
      } else if (record instanceof SourceRecord.Rejected rejected) {
        batch.quarantine(rejected.entry());
      }
      if (batch.size() >= settings.batchRecords()) {
        commit();
        batch = store.newBatch(runId);
      }
    }

    private void commit() {
      for (Map.Entry<String, SourceCounts> entry : batch.commit().entrySet()) {
        add(entry.getKey(), entry.getValue());
      }
    }

    private void add(String source, SourceCounts delta) {
      counts.merge(source, delta, SourceCounts::plus);
    }

    SourceReport report(Plan plan) {
      String source = plan.source().descriptor().source();
      SourceCounts total = counts.getOrDefault(source, SourceCounts.ZERO);
      return new SourceReport(
          source, plan.source().descriptor().format(), plan.files().size(), total.read(),
          total.loaded(), total.unchanged(), total.quarantined(),
          unmodeled.getOrDefault(source, Map.of()), unmapped.getOrDefault(source, Map.of()),
          plan.ignored());
    }
  }

  private static void tally(Map<String, Map<String, Long>> tallies, String source, String key) {
    tallies.computeIfAbsent(source, s -> new TreeMap<>()).merge(key, 1L, Long::sum);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
