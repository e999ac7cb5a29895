package org.medtwin.twin.news2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a NEWS2 chart from its JSON data file and checks it: every band's score is 0-3 and, for
 * each oxygen condition, the bands cover the plausible range once, without gaps or overlaps.
 */
public final class News2ChartFile {

  static final String RCP_2017_RESOURCE = "news2-rcp-2017.json";
  static final News2Chart RCP_2017 = loadResource(RCP_2017_RESOURCE);

  private final String name;

  private News2ChartFile(String name) {
    this.name = name;
  }

  /**
   * Reads and validates a chart.
   *
   * @param in the JSON
   * @param name the file's name, for messages
   * @throws News2ChartException if the file is malformed or its bands are inconsistent
   */
  public static News2Chart read(InputStream in, String name) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new News2ChartException(name + " is not valid JSON: " + e.getMessage());
    }
    return new News2ChartFile(name).chart(root);
  }

  private static News2Chart loadResource(String resource) {
    try (InputStream in = News2ChartFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new News2ChartException("The NEWS2 chart " + resource + " is missing from the class path");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private News2Chart chart(JsonNode root) {
    Map<String, ParameterChart> parameters = new HashMap<>();
    for (JsonNode node : required(root, "parameters")) {
      ParameterChart parameter = parameter(node);
      parameters.put(parameter.name(), parameter);
    }
    JsonNode thresholds = required(root, "thresholds");
    return new News2Chart(
        text(root, "version"),
        text(root, "source"),
        parameter(parameters, "resp_rate"),
        parameter(parameters, "spo2_scale1"),
        parameter(parameters, "spo2_scale2"),
        parameter(parameters, "systolic_bp"),
        parameter(parameters, "pulse"),
        parameter(parameters, "temperature"),
        score(required(root, "air_or_oxygen"), "air"),
        score(required(root, "air_or_oxygen"), "oxygen"),
        consciousness(required(root, "consciousness")),
        score(thresholds, "red_single_parameter"),
        required(thresholds, "medium_min_total").intValue(),
        required(thresholds, "high_min_total").intValue(),
        responses(required(root, "responses")));
  }

  private ParameterChart parameter(Map<String, ParameterChart> parameters, String parameterName) {
    ParameterChart parameter = parameters.get(parameterName);
    if (parameter == null) {
      throw new News2ChartException(name + " has no parameter '" + parameterName + "'");
    }
    return parameter;
  }

  private ParameterChart parameter(JsonNode node) {
    String parameterName = text(node, "name");
    int decimals = required(node, "decimals").intValue();
    JsonNode plausible = required(node, "plausible");
    long plausibleMin = units(plausible.get(0), decimals, parameterName);
    long plausibleMax = units(plausible.get(1), decimals, parameterName);
    List<Band> bands = new ArrayList<>();
    for (JsonNode band : required(node, "bands")) {
      long min = band.has("min") ? units(band.get("min"), decimals, parameterName) : Long.MIN_VALUE;
      long max = band.has("max") ? units(band.get("max"), decimals, parameterName) : Long.MAX_VALUE;
      OxygenCondition oxygen = OxygenCondition.valueOf(band.path("oxygen").asText("any").toUpperCase());
      bands.add(new Band(min, max, oxygen, score(band, "score")));
    }
    ParameterChart parameter =
        new ParameterChart(parameterName, text(node, "column"), text(node, "unit"), decimals, plausibleMin, plausibleMax, bands);
    checkCoverage(parameter, false);
    checkCoverage(parameter, true);
    return parameter;
  }

  /** Every plausible value, on air and on oxygen, falls in exactly one band. */
  private void checkCoverage(ParameterChart parameter, boolean onOxygen) {
    long expectedNext = parameter.plausibleMin();
    List<Band> applicable = new ArrayList<>();
    for (Band band : parameter.bands()) {
      if (band.oxygen().admits(onOxygen)) {
        applicable.add(band);
      }
    }
    applicable.sort((a, b) -> Long.compare(a.min(), b.min()));
    for (Band band : applicable) {
      if (band.min() > expectedNext) {
        throw new News2ChartException(name + ": " + parameter.name() + " has no band for "
            + parameter.format(expectedNext) + (onOxygen ? " on oxygen" : " on air"));
      }
      if (band.min() != Long.MIN_VALUE && band.min() < expectedNext) {
        throw new News2ChartException(name + ": " + parameter.name() + " bands overlap at "
            + parameter.format(band.min()) + (onOxygen ? " on oxygen" : " on air"));
      }
      expectedNext = band.max() == Long.MAX_VALUE ? Long.MAX_VALUE : band.max() + 1;
    }
    if (expectedNext <= parameter.plausibleMax()) {
      throw new News2ChartException(name + ": " + parameter.name() + " has no band above "
          + parameter.format(expectedNext - 1) + (onOxygen ? " on oxygen" : " on air"));
    }
  }

  private long units(JsonNode value, int decimals, String parameterName) {
    if (value == null || !value.isNumber()) {
      throw new News2ChartException(name + ": " + parameterName + " has a non-numeric bound " + value);
    }
    BigDecimal decimal = value.decimalValue();
    if (decimal.scale() > decimals && decimal.stripTrailingZeros().scale() > decimals) {
      throw new News2ChartException(name + ": " + parameterName + " bound " + decimal
          + " is finer than the chart's " + decimals + " decimals");
    }
    return decimal.setScale(decimals).unscaledValue().longValueExact();
  }

  private Map<Consciousness, Integer> consciousness(JsonNode node) {
    Map<Consciousness, Integer> scores = new EnumMap<>(Consciousness.class);
    for (Consciousness level : Consciousness.values()) {
      scores.put(level, score(node, level.letter()));
    }
    return scores;
  }

  private Map<String, ClinicalResponse> responses(JsonNode node) {
    Map<String, ClinicalResponse> responses = new HashMap<>();
    for (JsonNode row : node) {
      String trigger = text(row, "trigger");
      if (!News2Chart.TRIGGERS.contains(trigger)) {
        throw new News2ChartException(name + ": unknown trigger '" + trigger + "'. Maybe one of " + News2Chart.TRIGGERS);
      }
      JsonNode overdue = row.get("overdue_after");
      Optional<Duration> overdueAfter = Optional.empty();
      if (overdue != null && !overdue.isNull()) {
        try {
          overdueAfter = Optional.of(Duration.parse(overdue.asText()));
        } catch (DateTimeParseException e) {
          throw new News2ChartException(name + ": " + trigger + " overdue_after '" + overdue.asText()
              + "' is not an ISO-8601 duration. Maybe PT1H?");
        }
      }
      responses.put(trigger, new ClinicalResponse(trigger, ClinicalRisk.valueOf(text(row, "risk")),
          text(row, "monitoring"), overdueAfter, text(row, "response")));
    }
    for (String trigger : News2Chart.TRIGGERS) {
      if (!responses.containsKey(trigger)) {
        throw new News2ChartException(name + " has no response for trigger " + trigger);
      }
    }
    return responses;
  }

  private int score(JsonNode node, String field) {
    int score = required(node, field).intValue();
    if (score < 0 || score > 3) {
      throw new News2ChartException(name + ": score " + score + " for '" + field + "' is outside 0-3");
    }
    return score;
  }

  private String text(JsonNode node, String field) {
    return required(node, field).asText();
  }

  private JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new News2ChartException(name + " lacks '" + field + "'");
    }
    return value;
  }
}
