package org.medtwin.fusion.source.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.fusion.source.RecordSink;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.standardize.ConceptMap;
import org.medtwin.fusion.standardize.LocalCodeStandardizer;

/**
 * Reads CSV extracts in a site's own layout (a {@code mapped-csv} source) as its {@link
 * CsvMapping} declares: patients, observations and conditions, with the same streaming, keys and
 * quarantine rules as {@link SyntheaCsvReader}.
 */
public final class MappedCsvReader implements SourceReader {

  private final String source;
  private final CsvMapping mapping;
  private final LocalCodeStandardizer standardizer;
  private final int maxRowBytes;

  /** A reader for one source with its mapping and concept map, using the default row limit. */
  public MappedCsvReader(SourceDescriptor descriptor, CsvMapping mapping, ConceptMap conceptMap) {
    this(descriptor, mapping, conceptMap, SyntheaCsvReader.DEFAULT_MAX_ROW_BYTES);
  }

  /** As above, with a limit on the length of a row in bytes. */
  public MappedCsvReader(
      SourceDescriptor descriptor, CsvMapping mapping, ConceptMap conceptMap, int maxRowBytes) {
    this.source = descriptor.source();
    this.mapping = mapping;
    String localSystem =
        descriptor.localCodeSystem() == null
            ? CodeSystem.local(descriptor.source(), "lab")
            : descriptor.localCodeSystem();
    this.standardizer = new LocalCodeStandardizer(source, localSystem, conceptMap);
    this.maxRowBytes = maxRowBytes;
  }

  /**
   * A reader for a source folder: loads the mapping ({@code csvMapping}) and concept map its
   * descriptor names.
   *
   * @throws IOException when the descriptor names no mapping, or a file cannot be read or is
   *     malformed (the message names it)
   */
  public static MappedCsvReader forSource(SourceDescriptor descriptor, Path folder)
      throws IOException {
    if (descriptor.csvMapping() == null || descriptor.csvMapping().isBlank()) {
      throw new IOException(
          "Source '" + descriptor.source() + "' has format mapped-csv but its "
              + SourceDescriptor.FILE_NAME + " names no \"csvMapping\" file.");
    }
    Path file = folder.resolve(descriptor.csvMapping());
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "Source '" + descriptor.source() + "' names CSV mapping " + descriptor.csvMapping()
              + " but " + file + " does not exist.");
    }
    return new MappedCsvReader(
        descriptor, CsvMapping.load(file), ConceptMap.forSource(descriptor, folder));
  }

  @Override
  public boolean accepts(SourceFile file) {
    return mapping.forFile(file.path()).isPresent();
  }

  @Override
  public void read(SourceFile file, RecordSink sink) throws IOException {
    CsvFileMapping fileMapping =
        mapping
            .forFile(file.path())
            .orElseThrow(
                () -> new IOException(file.relativeName() + " matches no pattern of the CSV mapping."));
    CsvRowMapper mapper = mapper(fileMapping);
    new CsvScan(file, mapping.delimiter(), maxRowBytes).run(header -> mapper, sink);
  }

  private CsvRowMapper mapper(CsvFileMapping fileMapping) {
    return switch (fileMapping.type()) {
      case PATIENT -> new MappedPatientMapper(source, fileMapping);
      case OBSERVATION -> new MappedObservationMapper(source, fileMapping, standardizer, codeSystem(fileMapping));
      case CONDITION -> new MappedConditionMapper(source, fileMapping, codeSystem(fileMapping));
    };
  }

  /** {@code local} (or nothing) means the site's own codes; anything else names a standard. */
  private String codeSystem(CsvFileMapping fileMapping) {
    String named = fileMapping.codeSystem();
    if (named == null || named.isBlank() || named.equalsIgnoreCase("local")) {
      return standardizer.localCodeSystem();
    }
    return CodeSystem.canonical(named);
  }
}
