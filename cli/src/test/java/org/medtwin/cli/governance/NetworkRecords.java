package org.medtwin.cli.governance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.fusion.source.RecordSink;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.fusion.source.csv.SyntheaCsvReader;
import org.medtwin.fusion.source.fhir.FhirReader;
import org.medtwin.fusion.source.hl7.Hl7v2Reader;

/** Every clinical record of a generated network, read with MedTwin's own source readers. */
final class NetworkRecords {

  private NetworkRecords() {}

  static List<ClinicalRecord> read(Path network) throws IOException {
    List<ClinicalRecord> records = new ArrayList<>();
    RecordSink sink = record -> {
      if (record instanceof SourceRecord.Accepted accepted) {
        records.addAll(accepted.facts());
      }
    };
    try (Stream<Path> folders = Files.list(network)) {
      for (Path folder : folders.sorted().toList()) {
        if (!SourceDescriptor.isSourceFolder(folder)) {
          continue;
        }
        SourceDescriptor descriptor = SourceDescriptor.of(folder);
        SourceReader reader;
        Path data;
        switch (descriptor.format()) {
          case "fhir":
            reader = new FhirReader(descriptor.source());
            data = folder.resolve("fhir");
            break;
          case "synthea-csv":
            reader = SyntheaCsvReader.forSource(descriptor, folder);
            data = folder.resolve("csv");
            break;
          case "hl7v2":
            reader = Hl7v2Reader.forSource(descriptor, folder, ZoneOffset.UTC);
            data = folder.resolve("hl7");
            break;
          default:
            throw new IllegalStateException("Unexpected source format " + descriptor.format());
        }
        try (Stream<Path> files = Files.list(data)) {
          for (Path file : files.sorted().toList()) {
            SourceFile source = new SourceFile(descriptor.source(), data, file);
            if (reader.accepts(source)) {
              reader.read(source, sink);
            }
          }
        }
      }
    }
    return records;
  }
}
