package org.medtwin.bench.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Patient;
import org.medtwin.fusion.link.evaluate.TruthFile;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.fusion.link.standardize.Standardizer;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.fusion.source.csv.SyntheaCsvReader;
import org.medtwin.fusion.source.fhir.FhirReader;
import org.medtwin.fusion.source.hl7.Hl7v2Reader;

/**
 * The patient records of a {@code medtwin generate} network, read by MedTwin's own source readers
 * (FHIR, Synthea CSV, HL7 v2) into core patients and standardized as the patient index does,
 * with the network's {@code truth/records.csv}. Ingestion's store is skipped: the benchmark
 * measures linkage, not the database.
 *
 * @param records the standardized records, source by source in file order
 * @param truth the true person of every record
 * @param rejected records the readers rejected (they would go to the quarantine)
 */
record GeneratedNetwork(List<PersonRecord> records, Map<RecordKey, String> truth, long rejected) {

  private static final List<String> SOURCES = List.of("hospital-a", "hospital-b", "lab");

  /**
   * Reads the network folder.
   *
   * @throws IOException when a source folder, a data file or the truth cannot be read
   */
  static GeneratedNetwork read(Path network, Standardizer standardizer) throws IOException {
    List<PersonRecord> records = new ArrayList<>();
    long[] rejected = new long[1];
    for (String name : SOURCES) {
      Path folder = network.resolve(name);
      SourceDescriptor descriptor = SourceDescriptor.of(folder);
      SourceReader reader = switch (descriptor.format()) {
        case "fhir" -> new FhirReader(descriptor.source());
        case "synthea-csv" -> SyntheaCsvReader.forSource(descriptor, folder);
        case "hl7v2" -> Hl7v2Reader.forSource(descriptor, folder, ZoneOffset.UTC);
        default -> throw new IOException(folder + " has format " + descriptor.format()
            + "; the benchmark reads the generator's fhir, synthea-csv and hl7v2 sources.");
      };
      Path data = folder.resolve(switch (descriptor.format()) {
        case "fhir" -> "fhir";
        case "hl7v2" -> "hl7";
        default -> "csv";
      });
      List<Path> files;
      try (Stream<Path> listing = Files.list(data)) {
        files = listing.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path path : files) {
        SourceFile file = new SourceFile(descriptor.source(), data, path);
        if (!reader.accepts(file)) {
          continue;
        }
        reader.read(file, record -> {
          if (record instanceof SourceRecord.Accepted accepted) {
            for (ClinicalRecord fact : accepted.facts()) {
              if (fact instanceof Patient patient) {
                records.add(standardizer.person(patient));
              }
            }
          } else {
            rejected[0]++;
          }
        });
      }
    }
    return new GeneratedNetwork(
        records, TruthFile.read(network.resolve("truth").resolve("records.csv")), rejected[0]);
  }
}
