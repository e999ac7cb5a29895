package org.medtwin.learn.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads cohort definitions from JSON: the built-in studies by name ({@code ascvd}, {@code t2d},
 * {@code ckd}) or a file. Codes are written {@code system:code} with the aliases snomed, loinc,
 * rxnorm and icd10cm; a leading {@code <<} takes the code with its descendants.
 */
public final class CohortDefinitions {

  /** The studies shipped with MedTwin. */
  public static final List<String> BUILT_IN = List.of("ascvd", "t2d", "ckd");

  private static final Map<String, String> ALIASES = Map.of(
      "snomed", CodeHierarchy.SNOMED,
      "loinc", "http://loinc.org",
      "rxnorm", "http://www.nlm.nih.gov/research/umls/rxnorm",
      "icd10cm", CodeHierarchy.ICD10CM);

  private CohortDefinitions() {}

  /**
   * A built-in study by name, or the definition in a JSON file when the argument names one.
   *
   * @throws IllegalArgumentException when neither exists or the definition is invalid
   */
  public static CohortDefinition resolve(String study) {
    if (BUILT_IN.contains(study)) {
      return builtIn(study);
    }
    Path file = Path.of(study);
    if (Files.isRegularFile(file)) {
      try {
        return parse(Files.readString(file), file.toString());
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read study file " + file + ": " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException("Unknown study '" + study + "'. Maybe one of " + BUILT_IN + " or a JSON file?");
  }

  /** The JSON text of a built-in study, as stored with every model trained on it. */
  public static String builtInJson(String name) {
    try (InputStream in = CohortDefinitions.class.getResourceAsStream("/org/medtwin/learn/study/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("Unknown study '" + name + "'. Maybe one of " + BUILT_IN + "?");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read built-in study " + name + ": " + e.getMessage(), e);
    }
  }

  private static CohortDefinition builtIn(String name) {
    return parse(builtInJson(name), "built-in study " + name);
  }

  /**
   * Parses a definition.
   *
   * @throws IllegalArgumentException naming the file and field when the JSON is malformed or invalid
   */
  public static CohortDefinition parse(String json, String where) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(where + ": a study definition must be a JSON object.");
    }
    JsonNode age = root.path("age");
    if (!age.isArray() || age.size() != 2) {
      throw new IllegalArgumentException(where + ": \"age\" must be [min, max] in years.");
    }
    try {
      return new CohortDefinition(text(root, "name", where), text(root, "title", where), root.path("description").asText(""),
          date(root, where), age.get(0).asInt(), age.get(1).asInt(), root.path("lookbackDays").asInt(365),
          criteria(root.path("inclusion"), where + " inclusion"), criteria(root.path("exclusion"), where + " exclusion"),
          outcome(root.path("outcome"), where + " outcome"), strings(root.path("sources")));
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate date(JsonNode root, String where) {
    String text = text(root, "indexDate", where);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": indexDate '" + text + "' is not a date like 2015-01-01.");
    }
  }

  private static List<Criterion> criteria(JsonNode array, String where) {
    List<Criterion> criteria = new ArrayList<>();
    if (array.isMissingNode()) {
      return criteria;
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException(where + " must be a list of criteria.");
    }
    for (int i = 0; i < array.size(); i++) {
      criteria.add(criterion(array.get(i), where + "[" + i + "]"));
    }
    return criteria;
  }

  private static Criterion criterion(JsonNode node, String where) {
    String name = text(node, "name", where);
    if (node.has("anyOf")) {
      return new Criterion.AnyOf(name, criteria(node.get("anyOf"), where + ".anyOf"));
    }
    return new Criterion.HasFact(name, FactKind.parse(text(node, "kind", where), where), codes(node.path("codes"), where),
        node.hasNonNull("withinDays") ? node.get("withinDays").asInt() : null,
        node.hasNonNull("min") ? node.get("min").asDouble() : null,
        node.hasNonNull("max") ? node.get("max").asDouble() : null);
  }

  private static Outcome outcome(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + " is missing.");
    }
    return new Outcome(text(node, "name", where), FactKind.parse(text(node, "kind", where), where),
        codes(node.path("codes"), where), node.path("horizonDays").asInt(0));
  }

  /** Codes written {@code [<<]system:code}. */
  static List<CodeRef> codes(JsonNode array, String where) {
    if (!array.isArray() || array.isEmpty()) {
      throw new IllegalArgumentException(where + ": \"codes\" must be a non-empty list like [\"snomed:22298006\"].");
    }
    List<CodeRef> codes = new ArrayList<>();
    for (JsonNode code : array) {
      String text = code.asText();
      boolean descendants = text.startsWith("<<");
      String plain = descendants ? text.substring(2).strip() : text;
      int colon = plain.indexOf(':');
      String alias = colon < 0 ? "" : plain.substring(0, colon);
      String system = ALIASES.get(alias);
      if (system == null || colon == plain.length() - 1) {
        throw new IllegalArgumentException(where + ": code '" + text + "' must be system:code with system one of " + ALIASES.keySet() + ".");
      }
      codes.add(new CodeRef(system, plain.substring(colon + 1), descendants));
    }
    return codes;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" is missing or not text.");
    }
    return value.asText();
  }
}
