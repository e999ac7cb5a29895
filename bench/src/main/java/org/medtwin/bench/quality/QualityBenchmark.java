package org.medtwin.bench.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.fusion.quality.DataQuality;
import org.medtwin.fusion.quality.QualityReport;
import org.medtwin.fusion.quality.Thresholds;
import org.medtwin.fusion.quality.knowledge.ClinicalKnowledge;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;
import org.medtwin.store.StoreOptions;

/**
 * Times the whole data quality run on a fused store (every check instance, the store write of the
 * run and its profile), a few times in one JVM, and lists the slowest instances of the last run.
 * Usage: {@code QualityBenchmark STORE [RUNS]}. Each run is kept in the store like a CLI run.
 */
public final class QualityBenchmark {

  private QualityBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: QualityBenchmark STORE [RUNS]");
      System.exit(2);
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (PatientStore store = PatientStore.open(StoreLocation.parse(args[0]), new StoreOptions("2GB"))) {
      System.out.printf("store %s: %,d patients, %,d observations, %,d encounters, %,d conditions%n", args[0],
          store.count("patient"), store.count("observation"), store.count("encounter"), store.count("condition"));
      DataQuality quality = new DataQuality(store, Thresholds.bundled(), ClinicalKnowledge.bundled(), Clock.systemUTC());
      Map<String, Long> lastNanos = new LinkedHashMap<>();
      for (int run = 1; run <= runs; run++) {
        lastNanos.clear();
        long[] previous = {System.nanoTime()};
        long start = previous[0];
        QualityReport report = quality.run((done, total, id) -> {
          long now = System.nanoTime();
          lastNanos.merge(id, now - previous[0], Long::sum);
          previous[0] = now;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "run %d: %.1f s, %d types, %d instances, %d results, %d failed%n", run,
            seconds, report.checkTypes(), report.checkInstances(), report.results().size(), report.failures().size());
      }
      List<Map.Entry<String, Long>> slowest = new ArrayList<>(lastNanos.entrySet());
      slowest.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
      System.out.println("slowest instances of the last run:");
      for (Map.Entry<String, Long> entry : slowest.subList(0, Math.min(10, slowest.size()))) {
        System.out.printf(Locale.ROOT, "  %6.2f s  %s%n", entry.getValue() / 1e9, entry.getKey());
      }
    }
  }
}
