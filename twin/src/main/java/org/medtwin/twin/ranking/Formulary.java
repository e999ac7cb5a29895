package org.medtwin.twin.ranking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;

/**
 * The formulary: drugs with their models and targets, interactions, contraindications and dose
 * limits, each with its source; read from {@code formulary.json} and validated at load.
 *
 * @param version the file's version
 * @param drugs drugs by lower-case name
 * @param rules every safety rule
 */
public record Formulary(String version, Map<String, FormularyDrug> drugs, List<FormularyRule> rules) {

  public Formulary {
    drugs = Map.copyOf(drugs);
    rules = List.copyOf(rules);
  }

  /** The formulary shipped with MedTwin. */
  public static Formulary shipped() {
    try (InputStream in = Formulary.class.getResourceAsStream("formulary.json")) {
      if (in == null) {
        throw new FormularyException("formulary.json is missing from the class path");
      }
      return read(in, "formulary.json");
    } catch (IOException e) {
      throw new FormularyException("formulary.json could not be read: " + e.getMessage());
    }
  }

  /**
   * Reads and validates a formulary.
   *
   * @throws FormularyException naming the file and entry that is wrong
   */
  public static Formulary read(InputStream in, String name) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new FormularyException(name + " is not valid JSON: " + e.getMessage());
    }
    Map<String, FormularyDrug> drugs = new LinkedHashMap<>();
    for (JsonNode node : root.path("drugs")) {
      FormularyDrug drug = drug(node, name);
      drugs.put(drug.drug(), drug);
    }
    if (drugs.isEmpty()) {
      throw new FormularyException(name + " lists no drugs");
    }
    List<FormularyRule> rules = new ArrayList<>();
    for (JsonNode node : root.path("interactions")) {
      rules.add(new FormularyRule.Interaction(known(drugs, node, name), strings(node.path("with")),
          severity(node, name), text(node, "effect", name), text(node, "source", name)));
    }
    for (JsonNode node : root.path("contraindications")) {
      List<FormularyRule.ConditionMatch> conditions = new ArrayList<>();
      for (JsonNode match : node.path("conditions")) {
        conditions.add(new FormularyRule.ConditionMatch(text(match, "system", name), strings(match.path("codes")),
            strings(match.path("prefixes"))));
      }
      rules.add(new FormularyRule.Contraindication(known(drugs, node, name), severity(node, name),
          text(node, "reason", name), conditions, strings(node.path("allergy")), text(node, "source", name)));
    }
    for (JsonNode node : root.path("dose_limits")) {
      rules.add(new FormularyRule.DoseLimit(known(drugs, node, name), number(node, "crcl_below"),
          number(node, "max_single_mg"), number(node, "max_daily_mg"), number(node, "interval_at_least_h"),
          text(node, "reason", name), text(node, "source", name)));
    }
    return new Formulary(root.path("version").asText("unversioned"), drugs, rules);
  }

  /** The drug, or null when the formulary lacks it. */
  public FormularyDrug drug(String name) {
    return drugs.get(name.trim().toLowerCase(Locale.ROOT));
  }

  private static FormularyDrug drug(JsonNode node, String name) {
    String drug = text(node, "drug", name).toLowerCase(Locale.ROOT);
    ExposureTarget efficacy = null;
    if (node.hasNonNull("efficacy")) {
      try {
        efficacy = ExposureTarget.parse(node.get("efficacy").asText());
        if (efficacy.metric() == ExposureTarget.Metric.FRACTION_ABOVE) {
          throw new IllegalArgumentException("the ranking simulates AUC24, TROUGH and PEAK targets only");
        }
      } catch (IllegalArgumentException e) {
        throw new FormularyException(name + ": " + drug + " efficacy: " + e.getMessage());
      }
    }
    ExposureTarget.Metric toxic = null;
    double toxicAbove = Double.NaN;
    if (node.hasNonNull("toxic")) {
      try {
        toxic = ExposureTarget.Metric.valueOf(text(node.get("toxic"), "metric", name));
      } catch (IllegalArgumentException e) {
        throw new FormularyException(name + ": " + drug + " toxic metric is not one of AUC24, TROUGH, PEAK");
      }
      toxicAbove = node.get("toxic").path("above").asDouble(Double.NaN);
      if (!(toxicAbove > 0)) {
        throw new FormularyException(name + ": " + drug + " toxic threshold must be a positive number");
      }
    }
    JsonNode valid = node.path("valid_for");
    return new FormularyDrug(drug, text(node, "rxnorm", name), text(node, "model", name), range(valid, "age_years"),
        range(valid, "age_days"), range(valid, "weight_kg"), efficacy, toxic, toxicAbove, text(node, "source", name));
  }

  private static String known(Map<String, FormularyDrug> drugs, JsonNode node, String name) {
    String drug = text(node, "drug", name).toLowerCase(Locale.ROOT);
    if (!drugs.containsKey(drug)) {
      throw new FormularyException(name + ": a rule names drug '" + drug + "' that is not in the drugs list");
    }
    return drug;
  }

  private static FormularyRule.Severity severity(JsonNode node, String name) {
    String text = text(node, "severity", name);
    try {
      return FormularyRule.Severity.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FormularyException(name + ": severity '" + text + "' is not contraindicated, major or moderate");
    }
  }

  private static double[] range(JsonNode node, String field) {
    JsonNode range = node.get(field);
    return range == null ? null : new double[] {range.get(0).asDouble(), range.get(1).asDouble()};
  }

  private static double number(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asDouble() : Double.NaN;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static String text(JsonNode node, String field, String name) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new FormularyException(name + ": an entry lacks '" + field + "': " + node);
    }
    return value.asText();
  }
}
