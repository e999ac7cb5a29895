package org.medtwin.fusion.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Parses and validates the survivorship file, naming the file and entry in every error. */
final class SurvivorshipFile {

  static final int VERSION = 1;
  private static final List<String> RULES = List.of("trust", "recency", "frequency", "completeness");

  private final String name;

  private SurvivorshipFile(String name) {
    this.name = name;
  }

  static SurvivorshipPolicy parse(byte[] json, String name) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          name + " is not valid JSON: " + e.getOriginalMessage() + " (line "
              + e.getLocation().getLineNr() + ").");
    } catch (IOException e) {
      throw new IllegalArgumentException(name + " cannot be parsed: " + e.getMessage());
    }
    return new SurvivorshipFile(name).policy(root);
  }

  private SurvivorshipPolicy policy(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw error("", "must be a JSON object with version, trustOrder, fields and facts");
    }
    JsonNode version = root.path("version");
    if (!version.isInt() || version.intValue() != VERSION) {
      throw error("version", "is " + version + " but this MedTwin reads version " + VERSION);
    }
    List<String> trust = trustOrder(root.path("trustOrder"));
    Map<PatientField, FieldPolicy> fields = fields(root.path("fields"), trust);
    return new SurvivorshipPolicy(VERSION, trust, fields, facts(root.path("facts")));
  }

  private List<String> trustOrder(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      throw error("trustOrder", "must list the source systems, most trusted first");
    }
    List<String> order = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String source = node.get(i).asText("");
      if (!node.get(i).isTextual() || source.isBlank() || order.contains(source)) {
        throw error("trustOrder[" + i + "]", "must be a source name listed once, not " + node.get(i));
      }
      order.add(source);
    }
    return order;
  }

  private Map<PatientField, FieldPolicy> fields(JsonNode node, List<String> trust) {
    if (!node.isObject()) {
      throw error("fields", "must be an object with one entry per field " + PatientField.keys());
    }
    Map<PatientField, FieldPolicy> fields = new EnumMap<>(PatientField.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      PatientField field = PatientField.byKey(entry.getKey());
      if (field == null) {
        throw error("fields." + entry.getKey(), "is not a golden field; allowed: " + PatientField.keys());
      }
      fields.put(field, field("fields." + entry.getKey(), entry.getValue(), trust));
    }
    for (PatientField field : PatientField.values()) {
      if (!fields.containsKey(field)) {
        throw error("fields." + field.key(), "is missing; every field " + PatientField.keys() + " needs rules");
      }
    }
    return fields;
  }

  private FieldPolicy field(String path, JsonNode node, List<String> trust) {
    JsonNode rules = node.path("rules");
    if (!rules.isArray() || rules.isEmpty()) {
      throw error(path + ".rules", "must list rules from " + RULES);
    }
    List<SurvivorshipRule> chain = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      String rule = rules.get(i).asText("");
      SurvivorshipRule parsed = switch (rule) {
        case "trust" -> new SurvivorshipRule.SourceTrust(trust);
        case "recency" -> new SurvivorshipRule.Recency();
        case "frequency" -> new SurvivorshipRule.Frequency();
        case "completeness" -> new SurvivorshipRule.Completeness();
        default -> throw error(path + ".rules[" + i + "]", "is " + rules.get(i) + "; allowed: " + RULES);
      };
      if (chain.stream().anyMatch(r -> r.name().equals(rule))) {
        throw error(path + ".rules[" + i + "]", "repeats '" + rule + "'");
      }
      chain.add(parsed);
    }
    JsonNode flag = node.path("conflict");
    if (!flag.isMissingNode() && !flag.isBoolean()) {
      throw error(path + ".conflict", "must be true or false, not " + flag);
    }
    return new FieldPolicy(chain, flag.asBoolean(false));
  }

  private FactMatching facts(JsonNode node) {
    Duration time;
    try {
      time = Duration.parse(node.path("timeTolerance").asText(""));
    } catch (DateTimeParseException e) {
      throw error("facts.timeTolerance", "must be an ISO-8601 duration such as \"PT5M\", not " + node.path("timeTolerance"));
    }
    JsonNode relative = node.path("relativeValueTolerance");
    if (!relative.isNumber() || relative.doubleValue() < 0 || relative.doubleValue() >= 1) {
      throw error("facts.relativeValueTolerance", "must be a number in [0, 1) such as 0.001, not " + relative);
    }
    if (time.isNegative()) {
      throw error("facts.timeTolerance", "must not be negative");
    }
    return new FactMatching(time, relative.doubleValue());
  }

  private IllegalArgumentException error(String entry, String problem) {
    String where = entry.isEmpty() ? name : name + ": " + entry;
    return new IllegalArgumentException("Survivorship file " + where + " " + problem + ".");
  }
}
