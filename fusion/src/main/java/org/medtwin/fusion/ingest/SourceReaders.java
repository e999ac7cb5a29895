package org.medtwin.fusion.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.csv.MappedCsvReader;
import org.medtwin.fusion.source.csv.SyntheaCsvReader;
import org.medtwin.fusion.source.fhir.FhirReader;
import org.medtwin.fusion.source.hl7.Hl7v2Reader;

/** Picks the reader for a source folder from its descriptor's format. */
final class SourceReaders {

  private SourceReaders() {}

  /**
   * The reader for the source.
   *
   * @throws IOException when the source's concept map or mapping file cannot be loaded
   */
  static SourceReader forSource(SourceDescriptor descriptor, Path folder) throws IOException {
    return switch (descriptor.format()) {
      case "fhir" -> new FhirReader(descriptor.source());
      case "synthea-csv" -> SyntheaCsvReader.forSource(descriptor, folder);
      case "mapped-csv" -> MappedCsvReader.forSource(descriptor, folder);
      case "hl7v2" -> Hl7v2Reader.forSource(descriptor, folder, ZoneOffset.UTC);
      default ->
          throw new IOException(
              "Source " + descriptor.source() + " has format " + descriptor.format()
                  + ", which this MedTwin cannot read yet.");
    };
  }

  /** The folder that holds a source's data files: its format folder, or the folder itself. */
  static Path dataFolder(SourceDescriptor descriptor, Path folder) {
    String sub =
        switch (descriptor.format()) {
          case "fhir" -> "fhir";
          case "hl7v2" -> "hl7";
          default -> "csv";
        };
    Path data = folder.resolve(sub);
    return java.nio.file.Files.isDirectory(data) ? data : folder;
  }
}
