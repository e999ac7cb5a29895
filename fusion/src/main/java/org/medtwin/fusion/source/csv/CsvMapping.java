package org.medtwin.fusion.source.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The declarative mapping of a {@code mapped-csv} source: which files hold which records, which
 * column holds each model field, and how dates, numbers and codes are written. Loaded from a small
 * JSON file, e.g.
 *
 * <pre>{@code
 * {"delimiter": ";",
 *  "files": [{"pattern": "patienten*.csv", "type": "Patient",
 *             "columns": {"id": "PatNr", "family": "Name", "birthDate": "GebDatum", "sex": "Geschlecht"},
 *             "dateFormat": "dd.MM.yyyy", "sexCodes": {"w": "female", "m": "male"}}]}
 * }</pre>
 *
 * @param delimiter the column delimiter of every file
 * @param files the file mappings, first match wins
 */
public record CsvMapping(char delimiter, List<CsvFileMapping> files) {

  public CsvMapping {
    files = List.copyOf(files);
  }

  /** The mapping for a file, if any pattern matches its name. */
  Optional<CsvFileMapping> forFile(Path file) {
    return files.stream().filter(f -> f.matches(file)).findFirst();
  }

  /**
   * Loads and checks a mapping file.
   *
   * @throws IOException when the file cannot be read, is not JSON, or declares something unknown;
   *     the message names the file and the entry at fault
   */
  public static CsvMapping load(Path file) throws IOException {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(json);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  static CsvMapping parse(JsonNode json) {
    if (json == null || !json.isObject() || !json.path("files").isArray() || json.path("files").isEmpty()) {
      throw new IllegalArgumentException(
          "a CSV mapping must be an object with a non-empty \"files\" array.");
    }
    String delimiter = json.path("delimiter").asText(",");
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"') {
      throw new IllegalArgumentException(
          "\"delimiter\" must be one character other than a quote, not '" + delimiter + "'.");
    }
    List<CsvFileMapping> files = new ArrayList<>();
    for (int i = 0; i < json.path("files").size(); i++) {
      files.add(file(json.path("files").get(i), "files[" + i + "]"));
    }
    return new CsvMapping(delimiter.charAt(0), files);
  }

  private static CsvFileMapping file(JsonNode node, String where) {
    String pattern = required(node, "pattern", where);
    CsvFileMapping.Type type;
    try {
      type = CsvFileMapping.Type.valueOf(required(node, "type", where).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ".type is '" + node.path("type").asText() + "'; expected Patient, Observation or Condition.");
    }
    Map<String, String> columns = stringMap(node.path("columns"), where + ".columns");
    for (String field : columns.keySet()) {
      if (!type.fields.contains(field)) {
        throw new IllegalArgumentException(
            where + ".columns names field '" + field + "', which a " + type + " does not have; expected one of " + type.fields + ".");
      }
    }
    for (String field : type.required) {
      if (!columns.containsKey(field)) {
        throw new IllegalArgumentException(where + ".columns must map field '" + field + "' for a " + type + ".");
      }
    }
    String decimal = node.path("decimalSeparator").asText(".");
    if (!decimal.equals(".") && !decimal.equals(",")) {
      throw new IllegalArgumentException(where + ".decimalSeparator must be '.' or ',', not '" + decimal + "'.");
    }
    return new CsvFileMapping(
        pattern,
        type,
        columns,
        formatter(node, "dateFormat", "yyyy-MM-dd", where),
        formatter(node, "dateTimeFormat", "yyyy-MM-dd'T'HH:mm[:ss][XXX]", where),
        zone(node, where),
        node.path("codeSystem").isMissingNode() ? null : node.path("codeSystem").asText(),
        node.path("category").isMissingNode() ? null : node.path("category").asText(),
        decimal.charAt(0),
        stringMap(node.path("sexCodes"), where + ".sexCodes"),
        node.path("identifierSystem").isMissingNode() ? null : node.path("identifierSystem").asText());
  }

  private static String required(JsonNode node, String field, String where) {
    String value = node.path(field).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(where + " needs a \"" + field + "\".");
    }
    return value;
  }

  private static DatePattern formatter(JsonNode node, String field, String fallback, String where) {
    String pattern = node.path(field).asText(fallback);
    try {
      return DatePattern.of(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + "." + field + " '" + pattern + "' is not a date pattern such as dd.MM.yyyy: " + e.getMessage());
    }
  }

  private static ZoneId zone(JsonNode node, String where) {
    if (node.path("zone").isMissingNode()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(node.path("zone").asText());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          where + ".zone '" + node.path("zone").asText() + "' is not a time zone such as Europe/Berlin.");
    }
  }

  private static Map<String, String> stringMap(JsonNode node, String where) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isMissingNode()) {
      return map;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + " must be an object of names to strings.");
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!entry.getValue().isTextual()) {
        throw new IllegalArgumentException(where + "." + entry.getKey() + " must be a string.");
      }
      map.put(entry.getKey(), entry.getValue().asText());
    }
    return map;
  }
}
