package org.medtwin.fusion.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds every check type is held to: the versioned bundled file ({@code
 * quality-thresholds.json}), optionally overridden entry by entry by a user's file of the same
 * shape. Keys are check type ids ({@code plausibility.event_before_birth}) or instance ids ({@code
 * ...@observation.effective}), which win over their type.
 */
public final class Thresholds {

  private static final String BUNDLED = "/org/medtwin/fusion/quality/quality-thresholds.json";

  private final String version;
  private final int examplesPerSource;
  private final Map<String, Threshold> byKey;

  private Thresholds(String version, int examplesPerSource, Map<String, Threshold> byKey) {
    this.version = version;
    this.examplesPerSource = examplesPerSource;
    this.byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
  }

  /** The bundled thresholds. */
  public static Thresholds bundled() {
    try (InputStream in = Thresholds.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new QualityException("The bundled " + BUNDLED + " is missing from the MedTwin build.");
      }
      return parse(new ObjectMapper().readTree(in), "bundled quality-thresholds.json", null);
    } catch (IOException e) {
      throw new QualityException("Cannot read the bundled thresholds: " + e.getMessage(), e);
    }
  }

  /**
   * The bundled thresholds with the file's entries over them.
   *
   * @throws QualityException when the file is missing, not JSON, or names a check that does not exist
   */
  public static Thresholds withOverrides(Path file, Set<String> knownIds) {
    Thresholds bundled = bundled();
    if (!Files.isRegularFile(file)) {
      throw new QualityException("Thresholds file " + file + " does not exist.");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new QualityException("Thresholds file " + file + " is not valid JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new QualityException("Thresholds file " + file + " must hold a JSON object with \"version\" and \"checks\".");
    }
    Thresholds user = parse(root, file.toString(), bundled);
    for (String key : user.byKey.keySet()) {
      if (!knownIds.contains(key)) {
        throw new QualityException("Thresholds file " + file + " names check '" + key
            + "', which does not exist." + hint(key, knownIds));
      }
    }
    Map<String, Threshold> merged = new LinkedHashMap<>(bundled.byKey);
    merged.putAll(user.byKey);
    return new Thresholds(bundled.version + "+" + user.version, user.examplesPerSource, merged);
  }

  private static Thresholds parse(JsonNode root, String where, Thresholds base) {
    String version = text(root, "version", where);
    int examples = base == null ? 5 : base.examplesPerSource;
    if (root.has("examplesPerSource")) {
      JsonNode node = root.get("examplesPerSource");
      if (!node.canConvertToInt() || node.asInt() < 0 || node.asInt() > 1000) {
        throw new QualityException(where + ": examplesPerSource must be a whole number in [0, 1000], got " + node + ".");
      }
      examples = node.asInt();
    }
    JsonNode checks = root.get("checks");
    if (checks == null || !checks.isObject()) {
      throw new QualityException(where + " has no \"checks\" object.");
    }
    Map<String, Threshold> byKey = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      byKey.put(entry.getKey(), threshold(entry.getKey(), entry.getValue(), where, base));
    }
    return new Thresholds(version, examples, byKey);
  }

  private static Threshold threshold(String key, JsonNode node, String where, Thresholds base) {
    String at = where + ", check " + key;
    if (!node.isObject()) {
      throw new QualityException(at + ": must be an object such as {\"maxPercent\": 1}.");
    }
    Threshold inherited = base == null ? null : base.lookup(key);
    JsonNode max = node.get("maxPercent");
    double maxPercent;
    if (max == null) {
      if (inherited == null) {
        throw new QualityException(at + ": has no maxPercent.");
      }
      maxPercent = inherited.maxPercent();
    } else if (!max.isNumber() || max.asDouble() < 0 || max.asDouble() > 100) {
      throw new QualityException(at + ": maxPercent must be a number in [0, 100], got " + max + ".");
    } else {
      maxPercent = max.asDouble();
    }
    Map<String, Double> parameters = new LinkedHashMap<>(inherited == null ? Map.of() : inherited.parameters());
    JsonNode params = node.get("parameters");
    if (params != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        if (!p.getValue().isNumber() || !Double.isFinite(p.getValue().asDouble())) {
          throw new QualityException(at + ": parameter " + p.getKey() + " must be a number, got " + p.getValue() + ".");
        }
        if (inherited != null && !inherited.parameters().containsKey(p.getKey())) {
          throw new QualityException(at + ": has no parameter '" + p.getKey() + "'. Maybe one of "
              + inherited.parameters().keySet() + "?");
        }
        parameters.put(p.getKey(), p.getValue().asDouble());
      }
    }
    return new Threshold(maxPercent, parameters);
  }

  private Threshold lookup(String key) {
    Threshold exact = byKey.get(key);
    if (exact != null || !key.contains("@")) {
      return exact;
    }
    return byKey.get(key.substring(0, key.indexOf('@')));
  }

  /**
   * The threshold for an instance id, falling back to its type's.
   *
   * @throws QualityException when neither has an entry (the bundled file must cover every type)
   */
  public Threshold forCheck(String instanceId) {
    Threshold threshold = lookup(instanceId);
    if (threshold == null) {
      throw new QualityException("No threshold for check " + instanceId + " in quality-thresholds.json.");
    }
    return threshold;
  }

  /** A named parameter of a check type, e.g. {@code years} of {@code completeness.gap_in_observation_time}. */
  public double parameter(String typeId, String name) {
    Double value = forCheck(typeId).parameters().get(name);
    if (value == null) {
      throw new QualityException("Check " + typeId + " has no parameter '" + name + "' in quality-thresholds.json.");
    }
    return value;
  }

  /** The check type ids the file has entries for. */
  public Set<String> keys() {
    return byKey.keySet();
  }

  /** The version of the thresholds in force (bundled, or bundled + user). */
  public String version() {
    return version;
  }

  /** How many example record ids a result lists per source. */
  public int examplesPerSource() {
    return examplesPerSource;
  }

  private static String text(JsonNode root, String field, String where) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new QualityException(where + " has no \"" + field + "\" string.");
    }
    return node.asText();
  }

  private static String hint(String key, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(key, candidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(3, key.length() / 3) ? " Maybe " + best + "?" : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
