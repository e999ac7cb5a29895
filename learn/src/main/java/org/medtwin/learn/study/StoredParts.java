package org.medtwin.learn.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.learn.feature.FeatureColumn;
import org.medtwin.learn.feature.FeatureSettings;
import org.medtwin.learn.model.Preprocessing;

/** The JSON forms of what the registry stores with a model: feature set, preprocessing and split. */
public final class StoredParts {

  static final ObjectMapper JSON = new ObjectMapper();

  private StoredParts() {}

  /** A feature set read back: the index date, the settings and the columns in order. */
  public record FeatureSet(LocalDate indexDate, FeatureSettings settings, List<FeatureColumn> columns) {}

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  static JsonNode tree(String json, String what) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The stored " + what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String featureSet(LocalDate index, FeatureSettings settings, List<FeatureColumn> columns) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("indexDate", index.toString());
    map.put("windows", settings.windows());
    map.put("minPersons", settings.minPersons());
    List<Map<String, Object>> cols = new ArrayList<>();
    for (FeatureColumn c : columns) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("label", c.label());
      m.put("unit", c.unit());
      m.put("continuous", c.continuous());
      cols.add(m);
    }
    map.put("columns", cols);
    return json(map);
  }

  /** Reads a stored feature set. */
  public static FeatureSet featureSet(String json) {
    JsonNode root = tree(json, "feature set");
    List<Integer> windows = new ArrayList<>();
    root.path("windows").forEach(w -> windows.add(w.isNull() ? null : w.asInt()));
    List<FeatureColumn> columns = new ArrayList<>();
    for (JsonNode c : root.path("columns")) {
      columns.add(new FeatureColumn(c.path("name").asText(), c.path("label").asText(),
          c.path("unit").isNull() ? null : c.path("unit").asText(), c.path("continuous").asBoolean()));
    }
    return new FeatureSet(LocalDate.parse(root.path("indexDate").asText()),
        new FeatureSettings(windows, root.path("minPersons").asInt()), columns);
  }

  static String preprocessing(Preprocessing p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("active", p.active());
    map.put("median", p.median());
    map.put("center", p.center());
    map.put("scale", p.scale());
    map.put("flagged", p.flagged());
    return json(map);
  }

  /** Reads a stored preprocessing. */
  public static Preprocessing preprocessing(String json) {
    JsonNode root = tree(json, "preprocessing");
    return new Preprocessing(root.path("active").asBoolean(), doubles(root.path("median")), doubles(root.path("center")),
        doubles(root.path("scale")), ints(root.path("flagged")));
  }

  /** Reads a stored split: person id to "train" or "test". */
  public static Map<String, String> split(String json) {
    JsonNode root = tree(json, "split");
    Map<String, String> split = new LinkedHashMap<>();
    root.path("persons").fields().forEachRemaining(e -> split.put(e.getKey(), e.getValue().asText()));
    return split;
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }
}
