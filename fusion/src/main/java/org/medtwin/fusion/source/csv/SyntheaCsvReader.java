package org.medtwin.fusion.source.csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.fusion.source.RecordSink;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.standardize.ConceptMap;
import org.medtwin.fusion.standardize.LocalCodeStandardizer;

/**
 * Reads the files of Synthea 3.3.0's CSV export ({@code patients.csv}, {@code observations.csv},
 * ...), one {@link org.medtwin.fusion.source.SourceRecord} per data row; observations in the
 * site's local-code categories go through the site's concept map.
 */
public final class SyntheaCsvReader implements SourceReader {

  /** Rows longer than this many bytes are quarantined (and only their beginning kept). */
  public static final int DEFAULT_MAX_ROW_BYTES = 1 << 20;

  private final SyntheaContext context;
  private final int maxRowBytes;
  private final ObjectMapper json = new ObjectMapper();

  /** A reader for one source with its concept map, using the default row limit. */
  public SyntheaCsvReader(SourceDescriptor descriptor, ConceptMap conceptMap) {
    this(descriptor, conceptMap, DEFAULT_MAX_ROW_BYTES);
  }

  /** A reader for one source with its concept map and a limit on the length of a row in bytes. */
  public SyntheaCsvReader(SourceDescriptor descriptor, ConceptMap conceptMap, int maxRowBytes) {
    if (maxRowBytes < 1) {
      throw new IllegalArgumentException("maxRowBytes must be positive, not " + maxRowBytes + ".");
    }
    String localSystem =
        descriptor.localCodeSystem() == null
            ? CodeSystem.local(descriptor.source(), "lab")
            : descriptor.localCodeSystem();
    this.context =
        new SyntheaContext(
            descriptor.source(),
            new LocalCodeStandardizer(descriptor.source(), localSystem, conceptMap),
            Set.copyOf(descriptor.localCodeCategories()));
    this.maxRowBytes = maxRowBytes;
  }

  /**
   * A reader for a source folder: loads the concept map its descriptor names, if any.
   *
   * @throws IOException when the concept map cannot be read or has a bad row (names file and line)
   */
  public static SyntheaCsvReader forSource(SourceDescriptor descriptor, Path folder)
      throws IOException {
    return new SyntheaCsvReader(descriptor, ConceptMap.forSource(descriptor, folder));
  }

  @Override
  public boolean accepts(SourceFile file) {
    return SyntheaFile.forFileName(file.path().getFileName().toString()).isPresent();
  }

  @Override
  public void read(SourceFile file, RecordSink sink) throws IOException {
    Optional<SyntheaFile> kind = SyntheaFile.forFileName(file.path().getFileName().toString());
    if (kind.isEmpty()) {
      throw new IOException(
          file.relativeName() + " is not a file of Synthea's CSV export; expected e.g. patients.csv.");
    }
    CsvRowMapper mapper = kind.get().mapper(context, json);
    new CsvScan(file, ',', maxRowBytes).run(header -> mapper, sink);
  }
}
