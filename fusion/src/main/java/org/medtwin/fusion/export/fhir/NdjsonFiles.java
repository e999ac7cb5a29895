package org.medtwin.fusion.export.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.medtwin.fusion.export.ExportCounts;

/**
 * The NDJSON files of a FHIR Bulk Data export: one file per resource type ({@code
 * Observation.ndjson}), one complete resource per line, opened when the first resource of the type
 * arrives.
 */
final class NdjsonFiles implements AutoCloseable {

  private final Path dir;
  private final ExportCounts counts;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, BufferedWriter> writers = new TreeMap<>();

  NdjsonFiles(Path dir, ExportCounts counts) {
    this.dir = dir;
    this.counts = counts;
  }

  void write(ObjectNode resource) {
    String type = resource.get("resourceType").asText();
    try {
      BufferedWriter writer = writers.get(type);
      if (writer == null) {
        writer = Files.newBufferedWriter(file(type), StandardCharsets.UTF_8);
        writers.put(type, writer);
      }
      // Jackson escapes line breaks inside strings, so a resource is always one line.
      writer.write(json.writeValueAsString(resource));
      writer.write('\n');
      counts.countExported(type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file(type) + ": " + e.getMessage(), e);
    }
  }

  /** The file of a resource type. */
  Path file(String type) {
    return dir.resolve(type + ".ndjson");
  }

  /** The resource types written, in name order. */
  Iterable<String> types() {
    return writers.keySet();
  }

  @Override
  public void close() {
    IOException failure = null;
    for (BufferedWriter writer : writers.values()) {
      try {
        writer.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw new UncheckedIOException("Cannot finish the NDJSON files in " + dir + ": " + failure.getMessage(), failure);
    }
  }
}
