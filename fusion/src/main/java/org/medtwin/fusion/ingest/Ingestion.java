package org.medtwin.fusion.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.PatientStore;
import org.medtwin.store.ingest.IngestBatch;
import org.medtwin.store.ingest.IngestedFile;
import org.medtwin.store.ingest.QuarantineEntry;
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
 */
public final class Ingestion {

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
    try {
      Run run = new Run(runId);
      for (Plan plan : plans) {
        for (Path file : plan.files()) {
          run.ingest(plan, new SourceFile(plan.source().descriptor().source(), plan.dataFolder(), file));
        }
      }
      run.commit();
      store.runs().finished(runId);
      List<SourceReport> reports = plans.stream().map(run::report).toList();
      return new IngestReport(
          runId, input.toString(), store.location().redacted(),
          (System.nanoTime() - started) / 1e9, reports);
    } catch (RuntimeException | IOException e) {
      store.runs().failed(runId);
      throw e;
    }
  }

  private record Plan(
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
          String name = file.getFileName().toString();
          if (data.equals(found.folder()) && isSourceConfiguration(found, name)) {
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
    return name.equals(org.medtwin.fusion.source.SourceDescriptor.FILE_NAME)
        || name.equals(found.descriptor().conceptMap())
        || name.equals(found.descriptor().csvMapping());
  }

  /** The mutable state of one run: the open batch and the running counts. */
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

    void ingest(Plan plan, SourceFile file) throws IOException {
      String source = file.source();
      long size = size(file.path());
      String sha256 = sha256(file.path());
      IngestedFile earlier = store.ingestedFile(source, file.relativeName()).orElse(null);
      if (earlier != null && earlier.sha256().equals(sha256) && earlier.sizeBytes() == size) {
        add(source, new SourceCounts(0, earlier.records() - earlier.quarantined(), earlier.quarantined()));
      } else {
        FileTally tally = read(plan.reader(), file);
        batch.fileCompleted(
            new IngestedFile(source, file.relativeName(), size, sha256, tally.records, tally.quarantined, runId));
      }
      bytesDone += size;
      progress.fileDone(source, file.relativeName(), bytesDone);
    }

    private FileTally read(SourceReader reader, SourceFile file) {
      FileTally tally = new FileTally();
      try {
        reader.read(file, record -> {
          take(record, file.source());
          tally.records++;
          if (record instanceof SourceRecord.Rejected) {
            tally.quarantined++;
          }
        });
      } catch (IOException | RuntimeException e) {
        // The file as a whole failed; it is quarantined as one more record so nothing vanishes.
        take(new SourceRecord.Rejected(new QuarantineEntry(
            file.source(), file.relativeName(), "file",
            "MedTwin could not read the file to its end: " + e.getMessage()
                + ". Records before the failure were read.", new byte[0], 0)), file.source());
        tally.records++;
        tally.quarantined++;
      }
      return tally;
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

    void commit() {
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

  private static final class FileTally {
    long records;
    long quarantined;
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
