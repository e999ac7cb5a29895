package org.medtwin.bench.link;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.LinkResult;
import org.medtwin.fusion.link.LinkSettings;
import org.medtwin.fusion.link.RecordLinker;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.evaluate.Truth;
import org.medtwin.fusion.link.febrl.FebrlDataset;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.fusion.link.standardize.Standardizer;

/**
 * MedTwin's linker and Duke 1.2 on the FEBRL files (dataset1–3 deduplicated, 4a × 4b linked),
 * in one JVM, on the same standardized records, scored against the truth the record ids encode.
 */
final class FebrlSideBySide {

  private final Path folder;
  private final long seed;
  private final int dukeThreads;
  private final double dukeThreshold;
  private final PrintStream out;
  private final Standardizer standardizer = Standardizer.standard("61");

  FebrlSideBySide(Path folder, long seed, int dukeThreads, double dukeThreshold, PrintStream out) {
    this.folder = folder;
    this.seed = seed;
    this.dukeThreads = dukeThreads;
    this.dukeThreshold = dukeThreshold;
    this.out = out;
  }

  /**
   * Runs every file; a first unreported pass over dataset1 warms both engines' code up.
   *
   * @throws IOException when a FEBRL file cannot be read
   */
  List<EngineRun> run() throws IOException {
    DataSet warmUp = dedupe("dataset1");
    medtwin(warmUp);
    duke(warmUp);
    List<DataSet> dataSets = List.of(
        dedupe("dataset1"), dedupe("dataset2"), dedupe("dataset3"), link("dataset4a", "dataset4b"));
    out.println("| data set | engine | records | seconds | links P / R / F1 | clusters P / R / F1 |");
    out.println("|---|---|---|---|---|---|");
    List<EngineRun> runs = new ArrayList<>();
    for (DataSet data : dataSets) {
      for (EngineRun run : List.of(medtwin(data), duke(data))) {
        runs.add(run);
        out.println(run.row(data.name()));
      }
    }
    return runs;
  }

  private record DataSet(
      String name, List<PersonRecord> first, List<PersonRecord> second,
      Map<RecordKey, String> truth, PairScope scope) {

    List<PersonRecord> all() {
      List<PersonRecord> all = new ArrayList<>(first);
      all.addAll(second);
      return all;
    }
  }

  private DataSet dedupe(String file) throws IOException {
    FebrlDataset data = FebrlDataset.read(folder.resolve(file + ".csv"), file, standardizer);
    return new DataSet(file + " (dedupe)", data.records(), List.of(), data.truth(), PairScope.ALL_PAIRS);
  }

  private DataSet link(String fileA, String fileB) throws IOException {
    FebrlDataset a = FebrlDataset.read(folder.resolve(fileA + ".csv"), fileA, standardizer);
    FebrlDataset b = FebrlDataset.read(folder.resolve(fileB + ".csv"), fileB, standardizer);
    Map<RecordKey, String> truth = new HashMap<>(a.truth());
    truth.putAll(b.truth());
    return new DataSet("dataset4a × 4b (link)", a.records(), b.records(), truth,
        PairScope.ACROSS_SOURCES);
  }

  private EngineRun medtwin(DataSet data) {
    List<PersonRecord> records = data.all();
    LinkSettings settings = LinkSettings.defaults(data.scope(), seed);
    long start = System.nanoTime();
    LinkResult result = new RecordLinker(settings).link(records);
    double seconds = (System.nanoTime() - start) / 1e9;
    Truth truth = new Truth(records, data.truth(), data.scope());
    return EngineRun.medtwin(result, truth, settings.clustering().threshold(), seconds);
  }

  private EngineRun duke(DataSet data) {
    List<PersonRecord> records = data.all();
    DukeLinker duke = new DukeLinker(dukeThreads, FebrlDataset.SOCIAL_SECURITY, dukeThreshold);
    long start = System.nanoTime();
    long[] pairs = data.second().isEmpty()
        ? duke.deduplicate(data.first())
        : duke.link(data.first(), data.second());
    double seconds = (System.nanoTime() - start) / 1e9;
    Truth truth = new Truth(records, data.truth(), data.scope());
    return EngineRun.duke(records, pairs, truth, data.scope(), seconds);
  }
}
