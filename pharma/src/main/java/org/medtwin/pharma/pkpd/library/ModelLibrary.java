package org.medtwin.pharma.pkpd.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.pd.InrResponse;
import org.medtwin.pharma.pkpd.population.CovariateEffect;
import org.medtwin.pharma.pkpd.population.ParameterModel;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.population.RandomEffects;
import org.medtwin.pharma.pkpd.population.ResidualError;
import org.medtwin.pharma.pkpd.population.Units;

/**
 * The library of published population PK(PD) models, read from a versioned JSON file (the shipped
 * one is {@code org/medtwin/pharma/pkpd/library/models.json}) and validated in full when loaded:
 * every error names the file, the model and the field.
 */
public final class ModelLibrary {

  /** Resource path of the shipped library. */
  public static final String SHIPPED = "/org/medtwin/pharma/pkpd/library/models.json";

  private static final String FORMAT = "medtwin-pk-library";

  private final String version;
  private final Map<String, LibraryEntry> models;

  private ModelLibrary(String version, Map<String, LibraryEntry> models) {
    this.version = version;
    this.models = models;
  }

  /** One model with its optional PD part. */
  public record LibraryEntry(PopulationModel pk, Optional<InrResponse> inr) {}

  /**
   * The library shipped with MedTwin.
   *
   * @throws LibraryException when the shipped file is missing or invalid
   */
  public static ModelLibrary shipped() throws LibraryException {
    try (InputStream in = ModelLibrary.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new LibraryException("The shipped model library " + SHIPPED + " is missing from"
            + " the class path. Maybe the pharma jar is incomplete?");
      }
      return read(in, "models.json");
    } catch (IOException e) {
      throw new LibraryException("Cannot read the shipped model library: " + e.getMessage(), e);
    }
  }

  /**
   * A library from a file.
   *
   * @throws LibraryException when the file cannot be read or is invalid
   */
  public static ModelLibrary load(Path file) throws LibraryException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new LibraryException("Cannot read model library " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A library from a stream named {@code source} in messages.
   *
   * @throws LibraryException when the content is not a valid library
   */
  public static ModelLibrary read(InputStream in, String source) throws LibraryException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new LibraryException(source + " is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new LibraryException(source + " must hold a JSON object with \"format\": \"" + FORMAT
          + "\".");
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new LibraryException(source + ": \"format\" must be \"" + FORMAT + "\", got "
          + root.path("format") + ".");
    }
    String version = root.path("version").asText("");
    if (version.isBlank()) {
      throw new LibraryException(source + ": \"version\" is missing.");
    }
    JsonNode list = root.path("models");
    if (!list.isArray() || list.isEmpty()) {
      throw new LibraryException(source + ": \"models\" must be a non-empty array.");
    }
    Map<String, LibraryEntry> models = new LinkedHashMap<>();
    for (JsonNode node : list) {
      String name = node.path("name").asText("");
      Fields f = new Fields(source, name.isBlank() ? "(unnamed)" : name);
      try {
        LibraryEntry entry = entry(node, f);
        if (models.put(entry.pk().name(), entry) != null) {
          throw f.error("name", "appears twice in the library");
        }
      } catch (IllegalArgumentException e) {
        throw new LibraryException(source + ", model " + f.model + ": " + e.getMessage(), e);
      }
    }
    return new ModelLibrary(version, java.util.Collections.unmodifiableMap(models));
  }

  /** Version of the library file. */
  public String version() {
    return version;
  }

  /** Model names in file order. */
  public List<String> names() {
    return List.copyOf(models.keySet());
  }

  /**
   * The model named {@code name}.
   *
   * @throws LibraryException naming the models available when there is none by that name
   */
  public LibraryEntry get(String name) throws LibraryException {
    LibraryEntry entry = models.get(name);
    if (entry == null) {
      throw new LibraryException("No model '" + name + "' in the library. Available: "
          + String.join(", ", models.keySet()) + ".");
    }
    return entry;
  }

  /** The PK model named {@code name}. */
  public PopulationModel model(String name) throws LibraryException {
    return get(name).pk();
  }

  private static LibraryEntry entry(JsonNode node, Fields f) {
    String name = f.text(node, "name");
    JsonNode unitsNode = f.object(node, "units");
    Units units = new Units(f.text(unitsNode, "amount"), f.text(unitsNode, "volume"),
        f.text(unitsNode, "time"), f.text(unitsNode, "concentration"));
    JsonNode structureNode = f.object(node, "structure");
    String absorption = f.text(structureNode, "absorption");
    if (!absorption.equals("none") && !absorption.equals("first-order")) {
      throw f.error("structure.absorption", "must be \"none\" or \"first-order\", got " + absorption);
    }
    PkModel structure = new PkModel(f.integer(structureNode, "compartments"),
        absorption.equals("first-order"));
    Map<String, ParameterModel> parameters = new LinkedHashMap<>();
    JsonNode params = f.object(node, "parameters");
    Iterator<Map.Entry<String, JsonNode>> it = params.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      parameters.put(e.getKey(), parameter(e.getKey(), e.getValue(), f));
    }
    RandomEffects iiv = randomEffects(node.path("iiv"), f);
    Optional<ResidualError> residual = Optional.empty();
    JsonNode residualNode = node.path("residual");
    if (!residualNode.isMissingNode() && !residualNode.isNull()) {
      residual = Optional.of(new ResidualError(
          ResidualError.Type.valueOf(f.text(residualNode, "type").toUpperCase(java.util.Locale.ROOT)
              .replace('-', '_')),
          residualNode.path("additive").asDouble(0), residualNode.path("proportional").asDouble(0)));
    }
    List<PopulationModel.CovariateDefinition> covariates = new ArrayList<>();
    for (JsonNode c : node.path("covariates")) {
      covariates.add(new PopulationModel.CovariateDefinition(f.text(c, "name"), f.text(c, "unit"),
          c.path("description").asText("")));
    }
    PopulationModel model = new PopulationModel(name, f.text(node, "drug"),
        f.text(node, "description"), f.text(node, "citation"), f.text(node, "source"),
        node.path("notes").asText(""), units, structure, parameters, iiv, residual, covariates);
    for (String covariate : model.covariateNames()) {
      boolean declared = covariates.stream().anyMatch(c -> c.name().equals(covariate));
      if (!declared) {
        throw f.error("covariates", "covariate " + covariate + " is used but not declared with"
            + " its unit");
      }
    }
    Optional<InrResponse> inr = Optional.empty();
    JsonNode pd = node.path("pd");
    if (!pd.isMissingNode() && !pd.isNull()) {
      inr = Optional.of(InrResponse.fromJson(pd, f.source + ", model " + name));
    }
    return new LibraryEntry(model, inr);
  }

  private static ParameterModel parameter(String name, JsonNode node, Fields f) {
    String where = "parameters." + name;
    List<CovariateEffect> effects = new ArrayList<>();
    for (JsonNode e : node.path("effects")) {
      String form = f.text(e, "form").toUpperCase(java.util.Locale.ROOT);
      CovariateEffect.Form kind;
      try {
        kind = CovariateEffect.Form.valueOf(form);
      } catch (IllegalArgumentException ex) {
        throw f.error(where + ".effects.form", "must be power, linear, exponential or categorical,"
            + " got " + form.toLowerCase(java.util.Locale.ROOT));
      }
      Map<Integer, Double> levels = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> lv = e.path("levels").fields();
      while (lv.hasNext()) {
        Map.Entry<String, JsonNode> level = lv.next();
        levels.put(Integer.parseInt(level.getKey()), level.getValue().asDouble());
      }
      if (kind == CovariateEffect.Form.CATEGORICAL && levels.isEmpty()) {
        throw f.error(where + ".effects.levels", "a categorical effect needs its levels");
      }
      if (kind != CovariateEffect.Form.CATEGORICAL && !e.has("value")) {
        throw f.error(where + ".effects.value", "the exponent or slope is missing");
      }
      if (kind == CovariateEffect.Form.POWER && !(e.path("reference").asDouble(0) > 0)) {
        throw f.error(where + ".effects.reference", "a power effect needs a reference > 0");
      }
      effects.add(new CovariateEffect(f.text(e, "covariate"), kind, e.path("reference").asDouble(0),
          e.path("value").asDouble(0), e.path("offset").asDouble(0),
          e.has("floor") ? e.path("floor").asDouble() : Double.NaN, levels));
    }
    if (!node.path("typical").isNumber()) {
      throw f.error(where + ".typical", "must be a number");
    }
    return new ParameterModel(name, node.path("typical").asDouble(), f.text(node, "unit"), effects,
        node.path("iov").asDouble(0));
  }

  private static RandomEffects randomEffects(JsonNode node, Fields f) {
    if (node.isMissingNode() || node.isNull()) {
      return RandomEffects.none();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode n : node.path("parameters")) {
      names.add(n.asText());
    }
    JsonNode rows = node.path("covariance");
    if (!rows.isArray() || rows.size() != names.size()) {
      throw f.error("iiv.covariance", "must be a " + names.size() + " x " + names.size()
          + " matrix for " + names);
    }
    double[][] matrix = new double[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      JsonNode row = rows.get(i);
      matrix[i] = new double[row.size()];
      for (int j = 0; j < row.size(); j++) {
        if (!row.get(j).isNumber()) {
          throw f.error("iiv.covariance", "entry (" + (i + 1) + "," + (j + 1) + ") is not a number");
        }
        matrix[i][j] = row.get(j).asDouble();
      }
    }
    return new RandomEffects(names, matrix);
  }

  /** Field access with errors that name the field. */
  private record Fields(String source, String model) {
    String text(JsonNode node, String field) {
      JsonNode value = node.path(field);
      if (!value.isTextual() || value.asText().isBlank()) {
        throw error(field, "is missing or empty");
      }
      return value.asText();
    }

    int integer(JsonNode node, String field) {
      JsonNode value = node.path(field);
      if (!value.isInt()) {
        throw error(field, "must be a whole number");
      }
      return value.asInt();
    }

    JsonNode object(JsonNode node, String field) {
      JsonNode value = node.path(field);
      if (!value.isObject()) {
        throw error(field, "must be an object");
      }
      return value;
    }

    IllegalArgumentException error(String field, String message) {
      return new IllegalArgumentException("field \"" + field + "\" " + message + ".");
    }
  }
}
