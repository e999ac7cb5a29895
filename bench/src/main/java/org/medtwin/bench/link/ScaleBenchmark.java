package org.medtwin.bench.link;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.medtwin.fusion.link.LinkResult;
import org.medtwin.fusion.link.LinkSettings;
import org.medtwin.fusion.link.RecordLinker;
import org.medtwin.fusion.link.block.Blocker;
import org.medtwin.fusion.link.block.BlockingResult;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.evaluate.Truth;
import org.medtwin.fusion.link.index.IndexSettings;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * MedTwin's linker on a whole generated network (about a million records for 600,000 persons),
 * with the patient index's settings as {@code medtwin fuse} uses them, then Duke 1.2 and MedTwin
 * on a sample of whole persons of the same network, in the same JVM.
 */
final class ScaleBenchmark {

  private final Path network;
  private final long seed;
  private final int dukeSample;
  private final double dukeThreshold;
  private final PrintStream out;

  ScaleBenchmark(Path network, long seed, int dukeSample, double dukeThreshold, PrintStream out) {
    this.network = network;
    this.seed = seed;
    this.dukeSample = dukeSample;
    this.dukeThreshold = dukeThreshold;
    this.out = out;
  }

  /**
   * Reads, links and scores.
   *
   * @throws IOException when the network cannot be read
   */
  void run() throws IOException {
    IndexSettings index = IndexSettings.defaults();
    LinkSettings patientIndex = IndexSettings.link(seed);
    LinkSettings settings = scaleSettings(patientIndex);
    long start = System.nanoTime();
    GeneratedNetwork data = GeneratedNetwork.read(network, index.standardizer());
    out.printf("read %,d records (%,d rejected) through the FHIR, CSV and HL7 readers in %.1f s%n",
        data.records().size(), data.rejected(), seconds(start));

    if (dukeSample == 0) {
      long blockingStart = System.nanoTime();
      BlockingResult blocking = new Blocker(patientIndex.blockingRules(), patientIndex.scope(),
          patientIndex.maxBucketSize()).block(data.records());
      out.printf("blocking alone: %.1f s, %,d candidate pairs %s, %d buckets capped%n",
          seconds(blockingStart), blocking.pairs().size(), blocking.pairsPerRule(),
          blocking.cappedBuckets().size());
      // Only the full network: for profiling the linker at scale.
      out.println(medtwin(data.records(), data.truth(), patientIndex)
          .row("full network, all patient index rules"));
      return;
    }
    List<PersonRecord> sample = sample(data);
    EngineRun indexSample = medtwin(sample, data.truth(), patientIndex);
    EngineRun medtwinSample = medtwin(sample, data.truth(), settings);
    EngineRun dukeRun = duke(sample, data.truth());

    long blockingStart = System.nanoTime();
    BlockingResult blocking =
        new Blocker(patientIndex.blockingRules(), patientIndex.scope(),
            patientIndex.maxBucketSize()).block(data.records());
    out.printf("blocking alone on %,d records: %.1f s, %,d candidate pairs %s, %d buckets capped%n",
        data.records().size(), seconds(blockingStart), blocking.pairs().size(),
        blocking.pairsPerRule(), blocking.cappedBuckets().size());
    EngineRun full = medtwin(data.records(), data.truth(), patientIndex);
    out.println("| data | engine | records | seconds | links P / R / F1 | clusters P / R / F1 |");
    out.println("|---|---|---|---|---|---|");
    out.println(full.row("full network, all patient index rules"));
    out.println(indexSample.row("sample, all patient index rules"));
    out.println(medtwinSample.row("sample"));
    out.println(dukeRun.row("sample"));
    out.printf("MedTwin %,.0f records/s on %,d records; on the sample MedTwin %,.0f and Duke %,.0f"
            + " records/s; ratio full/Duke %.1f×, sample/Duke %.1f×%n",
        full.recordsPerSecond(), full.records(), medtwinSample.recordsPerSecond(),
        dukeRun.recordsPerSecond(), full.recordsPerSecond() / dukeRun.recordsPerSecond(),
        medtwinSample.recordsPerSecond() / dukeRun.recordsPerSecond());
  }

  /**
   * The patient index's settings without its three broad blocking rules (name prefixes, phonetic
   * given name + sex, surname + sex): at a million records their buckets, capped at 1,000, still
   * hold hundreds of millions of pairs. The remaining rules are the ones the index trains on.
   */
  static LinkSettings scaleSettings(LinkSettings patientIndex) {
    return new LinkSettings(patientIndex.scope(), patientIndex.trainingRules(),
        patientIndex.maxBucketSize(), patientIndex.comparisons(), patientIndex.training(),
        patientIndex.clustering(), List.of());
  }

  /** Whole persons drawn with a seed until about {@code dukeSample} records. */
  private List<PersonRecord> sample(GeneratedNetwork data) {
    Map<String, Boolean> chosen = new HashMap<>();
    double share = Math.min(1.0, dukeSample / (double) data.records().size());
    SplittableRandom random = new SplittableRandom(seed);
    List<PersonRecord> sample = new ArrayList<>();
    for (PersonRecord record : data.records()) {
      String person = data.truth().getOrDefault(record.key(), record.key().toString());
      if (chosen.computeIfAbsent(person, p -> random.nextDouble() < share)) {
        sample.add(record);
      }
    }
    return sample;
  }

  private EngineRun medtwin(
      List<PersonRecord> records, Map<RecordKey, String> truthMap, LinkSettings settings) {
    long start = System.nanoTime();
    LinkResult result = new RecordLinker(settings).link(records);
    double seconds = seconds(start);
    Truth truth = new Truth(records, truthMap, settings.scope());
    out.printf("MedTwin on %,d records: %.1f s, %,d candidate pairs %s, blocking recall %.4f%n",
        records.size(), seconds, result.pairs().size(), result.blocking().pairsPerRule(),
        truth.blockingRecall(result.blocking().pairs()));
    return EngineRun.medtwin(result, truth, settings.clustering().threshold(), seconds);
  }

  private EngineRun duke(List<PersonRecord> records, Map<RecordKey, String> truthMap) {
    long start = System.nanoTime();
    long[] pairs = new DukeLinker(2, null, dukeThreshold).deduplicate(records);
    double seconds = seconds(start);
    Truth truth = new Truth(records, truthMap, PairScope.ACROSS_SOURCES);
    out.printf("Duke on %,d records: %.1f s, %,d match pairs%n", records.size(), seconds,
        pairs.length);
    return EngineRun.duke(records, pairs, truth, PairScope.ACROSS_SOURCES, seconds);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
