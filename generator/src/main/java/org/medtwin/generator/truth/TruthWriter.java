package org.medtwin.generator.truth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Streams the truth file {@code truth/records.csv}: one row per patient record in every source.
 *
 * <p>Rows are grouped by source (hospital-a, hospital-b, lab) and, within a source, in the order the
 * records were written; each source's rows go to a part file first so nothing is held in memory.
 */
public final class TruthWriter implements Closeable {

  /** The truth file's header. */
  public static final String HEADER = "source,source_record_id,person_id";

  private final Path file;
  private final Map<Source, Path> parts = new EnumMap<>(Source.class);
  private final Map<Source, BufferedWriter> writers = new EnumMap<>(Source.class);
  private final Map<Source, Long> counts = new EnumMap<>(Source.class);

  /**
   * Opens the part files next to {@code file}.
   *
   * @param file the truth file to produce
   * @throws IOException when the directory cannot be written
   */
  public TruthWriter(Path file) throws IOException {
    this.file = file;
    Files.createDirectories(file.getParent());
    for (Source source : Source.values()) {
      Path part = file.resolveSibling(".records-" + source.id() + ".part");
      parts.put(source, part);
      writers.put(source, Files.newBufferedWriter(part, StandardCharsets.UTF_8));
      counts.put(source, 0L);
    }
  }

  /**
   * Records that a source holds a record of a person.
   *
   * @param source the source
   * @param recordId the source's own id of the record
   * @param personId the person's source-free id
   * @throws IOException when the part file cannot be written
   */
  public void add(Source source, String recordId, String personId) throws IOException {
    BufferedWriter writer = writers.get(source);
    writer.write(source.id());
    writer.write(',');
    writer.write(recordId);
    writer.write(',');
    writer.write(personId);
    writer.write('\n');
    counts.merge(source, 1L, Long::sum);
  }

  /** How many records a source holds so far. */
  public long count(Source source) {
    return counts.get(source);
  }

  /** Joins the parts into the truth file and deletes them. */
  @Override
  public void close() throws IOException {
    for (BufferedWriter writer : writers.values()) {
      writer.close();
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      for (Path part : parts.values()) {
        Files.copy(part, out);
      }
    }
    for (Path part : parts.values()) {
      Files.deleteIfExists(part);
    }
  }
}
