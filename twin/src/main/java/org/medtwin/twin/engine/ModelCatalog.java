package org.medtwin.twin.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which models apply to a twin, from the versioned data file {@code twin-models.json}. */
public final class ModelCatalog {

  private final JsonNode models;

  private ModelCatalog(JsonNode models) {
    this.models = models;
  }

  /** The catalogue shipped with MedTwin. */
  public static ModelCatalog shipped() {
    try (InputStream in = ModelCatalog.class.getResourceAsStream("twin-models.json")) {
      if (in == null) {
        throw new IllegalStateException("twin-models.json is missing from the class path");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      JsonNode models = root.get("models");
      if (models == null || !models.isArray()) {
        throw new IllegalStateException("twin-models.json lacks its 'models' list");
      }
      for (JsonNode model : models) {
        if (!model.hasNonNull("model") || !model.hasNonNull("module") || !model.hasNonNull("why")) {
          throw new IllegalStateException("twin-models.json: a model lacks model, module or why: " + model);
        }
      }
      return new ModelCatalog(models);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The models that apply to these conditions and medications, each with the fact that made it apply. */
  public List<ApplicableModel> applicable(List<TwinCondition> conditions, List<TwinMedication> medications) {
    List<ApplicableModel> applicable = new ArrayList<>();
    for (JsonNode model : models) {
      String because = model.path("always").asBoolean(false) ? "" : reason(model, conditions, medications);
      if (because != null) {
        applicable.add(new ApplicableModel(model.get("model").asText(), model.get("module").asText(),
            model.get("why").asText() + because));
      }
    }
    return applicable;
  }

  /** Why the model applies (": <fact>"), or null when it does not. */
  private static String reason(JsonNode model, List<TwinCondition> conditions, List<TwinMedication> medications) {
    for (JsonNode rule : model.path("conditions")) {
      for (TwinCondition condition : conditions) {
        if (condition.system().equals(rule.path("system").asText()) && matches(rule, condition.code())) {
          return ": " + condition.display() + " (" + condition.code() + ")";
        }
      }
    }
    for (JsonNode drug : model.path("drugs")) {
      for (TwinMedication medication : medications) {
        String name = drug.path("name").asText().toLowerCase(Locale.ROOT);
        boolean byCode = medication.code().equals(drug.path("rxnorm").asText());
        boolean byName = !name.isEmpty() && medication.display() != null
            && medication.display().toLowerCase(Locale.ROOT).contains(name);
        if (byCode || byName) {
          return ": " + medication.display();
        }
      }
    }
    return null;
  }

  private static boolean matches(JsonNode rule, String code) {
    for (JsonNode exact : rule.path("codes")) {
      if (exact.asText().equals(code)) {
        return true;
      }
    }
    for (JsonNode prefix : rule.path("prefixes")) {
      if (code.startsWith(prefix.asText())) {
        return true;
      }
    }
    return false;
  }
}
