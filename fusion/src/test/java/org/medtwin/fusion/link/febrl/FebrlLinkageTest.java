package org.medtwin.fusion.link.febrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.fusion.link.LinkResult;
import org.medtwin.fusion.link.LinkSettings;
import org.medtwin.fusion.link.RecordLinker;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.evaluate.BCubedScores;
import org.medtwin.fusion.link.evaluate.PairwiseScores;
import org.medtwin.fusion.link.evaluate.Truth;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.fusion.link.standardize.Standardizer;

/**
 * Links the FEBRL data sets with the default settings and checks pairwise F1 at the default
 * threshold against SOURCE.md's ground truth. Splink reaches 0.9992 (febrl4) and 0.9929 (febrl3).
 */
class FebrlLinkageTest {

  private static final long SEED = 20261125L;
  private final Standardizer standardizer = Standardizer.standard("61");

  @Test
  void febrl4_linksOriginalsToDuplicates_withPairwiseF1AtLeastSplinks() throws IOException {
    FebrlDataset a =
        FebrlDataset.read(FebrlFiles.folder().resolve("dataset4a.csv"), "febrl4a", standardizer);
    FebrlDataset b =
        FebrlDataset.read(FebrlFiles.folder().resolve("dataset4b.csv"), "febrl4b", standardizer);
    List<PersonRecord> records = new ArrayList<>(a.records());
    records.addAll(b.records());
    Map<RecordKey, String> truth = new HashMap<>(a.truth());
    truth.putAll(b.truth());

    Report report = run("febrl4", records, truth, PairScope.ACROSS_SOURCES);

    // Reached with seed 20261125: blocking recall 0.9998; links and clusters P 1.0000,
    // R 0.9998, F1 0.9999 (TP 4999, FP 0, FN 1). Issue 3 asks for F1 >= 0.999.
    assertThat(report.truePairs).isEqualTo(5_000);
    assertThat(report.blockingRecall).isGreaterThanOrEqualTo(0.9995);
    assertThat(report.links.f1()).isGreaterThanOrEqualTo(0.9995);
    assertThat(report.clusters.precision()).isGreaterThanOrEqualTo(0.9995);
    assertThat(report.clusters.f1()).isGreaterThanOrEqualTo(0.9995);
  }

  @Test
  void febrl3_deduplicatesOneFile_withPairwiseF1NearSplinks() throws IOException {
    FebrlDataset data =
        FebrlDataset.read(FebrlFiles.folder().resolve("dataset3.csv"), "febrl3", standardizer);

    Report report = run("febrl3", data.records(), data.truth(), PairScope.ALL_PAIRS);

    // Reached with seed 20261125: blocking recall 0.9974; links F1 0.9984 (FP 0, FN 21);
    // clusters P 1.0000, R 0.9994, F1 0.9997 (TP 6534, FP 0, FN 4). Issue 3 asks for >= 0.993.
    assertThat(report.truePairs).isEqualTo(6_538);
    assertThat(report.blockingRecall).isGreaterThanOrEqualTo(0.997);
    assertThat(report.links.f1()).isGreaterThanOrEqualTo(0.998);
    assertThat(report.clusters.precision()).isGreaterThanOrEqualTo(0.999);
    assertThat(report.clusters.f1()).isGreaterThanOrEqualTo(0.999);
  }

  private record Report(
      long truePairs, double blockingRecall, PairwiseScores links, PairwiseScores clusters) {}

  private static Report run(
      String name, List<PersonRecord> records, Map<RecordKey, String> truthMap, PairScope scope) {
    long start = System.nanoTime();
    LinkSettings settings = LinkSettings.defaults(scope, SEED);
    LinkResult result = new RecordLinker(settings).link(records);
    double seconds = (System.nanoTime() - start) / 1e9;
    Truth truth = new Truth(records, truthMap, scope);
    PairwiseScores links = truth.scoreLinks(
        result.blocking().pairs(), result.probability(), settings.clustering().threshold());
    PairwiseScores clusters = truth.scoreClusters(result.clustering());
    BCubedScores bCubed = truth.bCubed(result.clustering());
    System.out.printf(
        "%s: %d records, %d candidate pairs %s, capped %s, blocking recall %.4f, prior %.3g%n"
            + "  links    %s%n  clusters %s, %s, %d clusters (%d split), %.1f s%n",
        name, records.size(), result.blocking().pairs().size(), result.blocking().pairsPerRule(),
        result.blocking().cappedBuckets(), truth.blockingRecall(result.blocking().pairs()),
        result.model().prior(), links, clusters, bCubed, result.clustering().clusters().size(),
        result.clustering().splits(), seconds);
    result.model().parameters().forEach(p -> System.out.printf("  %-14s m=%s u=%s%n",
        p.comparison(), fmt(p.m()), fmt(p.u())));
    return new Report(
        truth.truePairs(), truth.blockingRecall(result.blocking().pairs()), links, clusters);
  }

  private static String fmt(double[] values) {
    StringBuilder s = new StringBuilder("[");
    for (double v : values) {
      s.append(String.format("%.3g ", v));
    }
    return s.append(']').toString();
  }
}
