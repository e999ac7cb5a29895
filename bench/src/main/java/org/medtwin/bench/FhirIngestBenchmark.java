package org.medtwin.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.medtwin.fusion.ingest.IngestProgress;
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.IngestSettings;
import org.medtwin.fusion.ingest.Ingestion;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;

/**
 * Measures FHIR ingestion end to end into DuckDB against HAPI FHIR's own JsonParser parsing the
 * same bundles into its object model, side by side in one JVM on the same files.
 *
 * <p>Usage: {@code java -jar bench/target/medtwin-bench.jar FHIR_SOURCE_DIR [ROUNDS]}, where the
 * folder is a FHIR source (a {@code fhir/} folder of Synthea bundles, e.g. {@code
 * network/hospital-a}). Each side runs once to warm up, then {@code ROUNDS} timed times; the best
 * round counts.
 */
public final class FhirIngestBenchmark {

  private FhirIngestBenchmark() {}

  /** Runs the benchmark and prints one line per measurement and the ratio. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: FhirIngestBenchmark FHIR_SOURCE_DIR [ROUNDS]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Path> bundles = bundles(source);
    long bytes = 0;
    for (Path bundle : bundles) {
      bytes += Files.size(bundle);
    }
    System.out.printf("input: %d bundle files, %.1f MB%n", bundles.size(), bytes / 1e6);

    FhirContext context = FhirContext.forR4();
    double hapiBest = 0;
    long resources = 0;
    for (int round = 0; round <= rounds; round++) {
      long start = System.nanoTime();
      resources = hapiParse(context, bundles);
      double perSecond = resources / ((System.nanoTime() - start) / 1e9);
      System.out.printf("hapi-parse   %s: %d resources, %.0f resources/s%n", round == 0 ? "warm-up" : "round " + round, resources, perSecond);
      if (round > 0) {
        hapiBest = Math.max(hapiBest, perSecond);
      }
    }

    double ingestBest = 0;
    for (int round = 0; round <= rounds; round++) {
      Path dir = Files.createTempDirectory("medtwin-bench");
      Path storeFile = dir.resolve("bench.duckdb");
      long start = System.nanoTime();
      IngestReport report;
      try (PatientStore store = PatientStore.open(StoreLocation.parse(storeFile.toString()))) {
        report = new Ingestion(store, IngestSettings.DEFAULT, IngestProgress.SILENT).run(source);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double perSecond = report.read() / seconds;
      System.out.printf("medtwin-ingest %s: %d records (%d loaded, %d quarantined) into DuckDB, %.0f resources/s%n",
          round == 0 ? "warm-up" : "round " + round, report.read(),
          report.sources().stream().mapToLong(s -> s.loaded()).sum(), report.quarantined(), perSecond);
      if (round > 0) {
        ingestBest = Math.max(ingestBest, perSecond);
      }
      deleteTree(dir);
    }
    System.out.printf("best: hapi-parse %.0f resources/s, medtwin-ingest %.0f resources/s, ratio %.1fx%n",
        hapiBest, ingestBest, ingestBest / hapiBest);
  }

  private static long hapiParse(FhirContext context, List<Path> bundles) throws IOException {
    IParser parser = context.newJsonParser();
    long resources = 0;
    for (Path file : bundles) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        Bundle bundle = parser.parseResource(Bundle.class, reader);
        resources += bundle.getEntry().size();
      }
    }
    return resources;
  }

  private static List<Path> bundles(Path source) throws IOException {
    Path fhir = Files.isDirectory(source.resolve("fhir")) ? source.resolve("fhir") : source;
    try (Stream<Path> files = Files.list(fhir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
