package org.medtwin.cli.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Counts the records in source files with other parsers than MedTwin's readers: HAPI FHIR's
 * object model for bundles, Apache Commons CSV for CSV, segment starts for HL7 v2. What these
 * count is what ingestion must account for.
 */
public final class IndependentCounts {

  private static FhirContext fhir;

  private IndependentCounts() {}

  /** Bundle entries in the {@code *.json} files and resource lines in the {@code *.ndjson} files. */
  public static long fhirResources(Path folder) throws IOException {
    IParser parser = fhirContext().newJsonParser();
    long resources = 0;
    for (Path file : files(folder)) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          resources += parser.parseResource(Bundle.class, in).getEntry().size();
        }
      } else if (name.endsWith(".ndjson")) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
          resources += lines.filter(line -> !line.isBlank()).count();
        }
      }
    }
    return resources;
  }

  /** Data rows (not the header) of every {@code *.csv} file in the folder. */
  public static long csvRows(Path folder) throws IOException {
    long rows = 0;
    for (Path file : files(folder)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        rows += csvRecords(file).size();
      }
    }
    return rows;
  }

  /** HL7 v2 messages in the {@code *.hl7} files: segments that start with {@code MSH|}. */
  public static long hl7Messages(Path folder) throws IOException {
    long messages = 0;
    for (Path file : files(folder)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".hl7")) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        for (String segment : text.split("\r\n|\r|\n")) {
          if (segment.startsWith("MSH|")) {
            messages++;
          }
        }
      }
    }
    return messages;
  }

  /** The rows of {@code truth/records.csv} per source. */
  public static Map<String, Long> truthRecordsPerSource(Path truthFile) throws IOException {
    Map<String, Long> perSource = new TreeMap<>();
    for (CSVRecord row : csvRecords(truthFile)) {
      perSource.merge(row.get("source"), 1L, Long::sum);
    }
    return perSource;
  }

  private static List<CSVRecord> csvRecords(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        CSVParser parser = CSVParser.parse(reader, format)) {
      return parser.getRecords();
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static synchronized FhirContext fhirContext() {
    if (fhir == null) {
      fhir = FhirContext.forR4();
    }
    return fhir;
  }
}
