package org.medtwin.fusion.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to read one source folder, from its {@code medtwin-source.json} or, when that file is
 * missing, from the folder's layout ({@code fhir/}, {@code csv/}, {@code hl7/}).
 *
 * @param source the source's name, used in provenance and reports
 * @param format {@code fhir}, {@code synthea-csv}, {@code mapped-csv} or {@code hl7v2}
 * @param conceptMap the site's concept map file, relative to the folder, or {@code null}
 * @param csvMapping the declarative mapping file for a {@code mapped-csv} source, or {@code null}
 * @param localCodeSystem the code system URI of the site's local codes, or {@code null}
 * @param localCodeCategories observation categories whose codes are local ({@code laboratory})
 */
public record SourceDescriptor(
    String source,
    String format,
    String conceptMap,
    String csvMapping,
    String localCodeSystem,
    List<String> localCodeCategories) {

  /** The descriptor file's name inside a source folder. */
  public static final String FILE_NAME = "medtwin-source.json";

  public SourceDescriptor {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("A source descriptor needs a \"source\" name.");
    }
    if (format == null || !List.of("fhir", "synthea-csv", "mapped-csv", "hl7v2").contains(format)) {
      throw new IllegalArgumentException(
          "Source '" + source + "' has format '" + format
              + "'; expected one of fhir, synthea-csv, mapped-csv, hl7v2.");
    }
    localCodeCategories = localCodeCategories == null ? List.of() : List.copyOf(localCodeCategories);
  }

  /**
   * Reads the descriptor of a source folder.
   *
   * @throws IOException when the descriptor exists but cannot be read or parsed; the message
   *     names the file
   */
  public static SourceDescriptor of(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      return parse(file, folder);
    }
    return inferred(folder);
  }

  /** Whether a folder looks like one source (it has a descriptor or a format folder). */
  public static boolean isSourceFolder(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE_NAME)) || inferFormat(folder) != null;
  }

  private static SourceDescriptor parse(Path file, Path folder) throws IOException {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new IOException(file + " must hold a JSON object such as {\"source\":\"x\",\"format\":\"fhir\"}.");
    }
    List<String> categories = new ArrayList<>();
    json.path("localCodeCategories").forEach(c -> categories.add(c.asText()));
    String source = text(json, "source");
    try {
      return new SourceDescriptor(
          source == null ? folder.getFileName().toString() : source,
          text(json, "format") == null ? inferFormat(folder) : text(json, "format"),
          text(json, "conceptMap"),
          text(json, "csvMapping"),
          text(json, "localCodeSystem"),
          categories);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static SourceDescriptor inferred(Path folder) throws IOException {
    String format = inferFormat(folder);
    if (format == null) {
      throw new IOException(
          folder + " is not a source folder: it has no " + FILE_NAME
              + " and no fhir/, csv/ or hl7/ folder.");
    }
    return new SourceDescriptor(
        folder.getFileName().toString().toLowerCase(Locale.ROOT), format, null, null, null, null);
  }

  private static String inferFormat(Path folder) {
    if (Files.isDirectory(folder.resolve("fhir"))) {
      return "fhir";
    }
    if (Files.isDirectory(folder.resolve("hl7"))) {
      return "hl7v2";
    }
    if (Files.isDirectory(folder.resolve("csv"))) {
      return "synthea-csv";
    }
    return null;
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }
}
