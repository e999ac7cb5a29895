package org.medtwin.twin.glucose.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario file: {@code {"duration_minutes":1440, "meals":[{"minute":420,"grams":50}],
 * "basal":"steady-state", "bolus":"carb-ratio"}}. {@code basal} may also be
 * {@code {"units_per_hour":0.9}}; {@code bolus} may be {@code "carb-ratio"}, {@code "none"} or a list
 * of {@code {"minute":…, "units":…}}; {@code boluses} adds explicit boluses to carb-ratio ones.
 */
public final class ScenarioJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FIELDS =
      Set.of("duration_minutes", "meals", "basal", "bolus", "boluses");
  private static final long MAX_FILE_BYTES = 10L << 20;

  private ScenarioJson() {}

  /**
   * Reads and checks a scenario file.
   *
   * @throws IllegalArgumentException naming the file and the bad field for anything malformed
   */
  public static Scenario read(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException("Scenario " + file + " is larger than 10 MB; a scenario"
            + " is a short JSON object.");
      }
      return parse(Files.readString(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Scenario file " + file + " does not exist.");
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read scenario " + file + ": " + e.getMessage());
    }
  }

  /**
   * Parses scenario JSON text; {@code source} names it in messages.
   *
   * @throws IllegalArgumentException naming the source and the bad field
   */
  public static Scenario parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Scenario " + source + " is not valid JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
          + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Scenario " + source + " must be a JSON object like "
          + "{\"duration_minutes\":1440, \"meals\":[…], \"basal\":\"steady-state\", "
          + "\"bolus\":\"carb-ratio\"}.");
    }
    try {
      return scenario(root);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Scenario " + source + ": " + e.getMessage(), e);
    }
  }

  private static Scenario scenario(JsonNode root) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + name + "'. Maybe one of "
            + FIELDS + "?");
      }
    }
    int duration = integer(root, "duration_minutes", "duration_minutes");
    List<Meal> meals = new ArrayList<>();
    JsonNode mealNodes = root.path("meals");
    if (!mealNodes.isMissingNode() && !mealNodes.isArray()) {
      throw new IllegalArgumentException("'meals' must be a list of {\"minute\":…, \"grams\":…}.");
    }
    for (int i = 0; i < mealNodes.size(); i++) {
      JsonNode meal = mealNodes.get(i);
      String where = "meals[" + i + "]";
      meals.add(new Meal(integer(meal, "minute", where), number(meal, "grams", where)));
    }
    boolean carbRatio = false;
    List<Bolus> boluses = new ArrayList<>();
    JsonNode bolus = root.path("bolus");
    if (bolus.isTextual() && bolus.asText().equals("carb-ratio")) {
      carbRatio = true;
    } else if (bolus.isArray()) {
      boluses.addAll(boluses(bolus, "bolus"));
    } else if (!bolus.isMissingNode() && !(bolus.isTextual() && bolus.asText().equals("none"))) {
      throw new IllegalArgumentException("'bolus' is " + bolus + "; expected \"carb-ratio\", "
          + "\"none\" or a list of {\"minute\":…, \"units\":…}.");
    }
    if (root.has("boluses")) {
      boluses.addAll(boluses(root.get("boluses"), "boluses"));
    }
    return new Scenario(duration, meals, basal(root.path("basal")), carbRatio, boluses);
  }

  private static Basal basal(JsonNode basal) {
    if (basal.isMissingNode() || (basal.isTextual() && basal.asText().equals("steady-state"))) {
      return new Basal.SteadyState();
    }
    if (basal.isObject() && basal.size() == 1 && basal.has("units_per_hour")) {
      return new Basal.FixedRate(number(basal, "units_per_hour", "basal"));
    }
    throw new IllegalArgumentException("'basal' is " + basal + "; expected \"steady-state\" or "
        + "{\"units_per_hour\":…}.");
  }

  private static List<Bolus> boluses(JsonNode nodes, String field) {
    if (!nodes.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be a list of "
          + "{\"minute\":…, \"units\":…}.");
    }
    List<Bolus> boluses = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String where = field + "[" + i + "]";
      boluses.add(new Bolus(integer(nodes.get(i), "minute", where),
          number(nodes.get(i), "units", where)));
    }
    return boluses;
  }

  private static int integer(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a whole number of "
          + "minutes, got " + (value.isMissingNode() ? "nothing" : value.toString()) + ".");
    }
    return value.intValue();
  }

  private static double number(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a number, got "
          + (value.isMissingNode() ? "nothing" : value.toString()) + ".");
    }
    return value.doubleValue();
  }
}
