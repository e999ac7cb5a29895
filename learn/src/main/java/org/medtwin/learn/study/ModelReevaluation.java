package org.medtwin.learn.study;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.medtwin.learn.cohort.Cohort;
import org.medtwin.learn.cohort.CohortBuilder;
import org.medtwin.learn.cohort.CodeHierarchy;
import org.medtwin.learn.cohort.CohortDefinition;
import org.medtwin.learn.cohort.CohortDefinitions;
import org.medtwin.learn.cohort.CohortMember;
import org.medtwin.learn.feature.FeatureExtractor;
import org.medtwin.learn.feature.FeatureMatrix;
import org.medtwin.learn.model.Algorithm;
import org.medtwin.learn.model.TrainedModel;
import org.medtwin.learn.pce.PceBaseline;
import org.medtwin.learn.registry.RegisteredModel;

/**
 * Re-evaluates a registered model from the registry alone: its stored cohort definition, split,
 * feature set, preprocessing and booster, against the store's current data. On an unchanged store
 * the metrics equal the stored ones exactly.
 */
public final class ModelReevaluation {

  /** The recomputed metrics and whether they equal the stored ones. */
  public record Outcome(String storedMetricsJson, String metricsJson, boolean identical, int testPersons) {}

  private ModelReevaluation() {}

  /**
   * Re-evaluates the model on its test persons.
   *
   * @throws IllegalArgumentException when the stored parts no longer fit the store
   */
  public static Outcome run(Connection connection, RegisteredModel model) {
    CohortDefinition definition = CohortDefinitions.parse(model.cohortJson(), "model " + model.modelId());
    StoredParts.FeatureSet features = StoredParts.featureSet(model.featureSetJson());
    Map<String, String> split = StoredParts.split(model.splitJson());
    Cohort cohort = new CohortBuilder(connection, CodeHierarchy.load()).build(definition);
    List<CohortMember> test = cohort.members().stream().filter(m -> "test".equals(split.get(m.personId()))).toList();
    if (test.isEmpty()) {
      throw new IllegalArgumentException("None of model " + model.modelId() + "'s test persons is in the store's cohort now."
          + " Maybe this is another store?");
    }
    FeatureMatrix matrix = new FeatureExtractor(connection, features.settings())
        .withColumns(test, features.indexDate().atStartOfDay(), features.columns());
    TrainedModel trained = load(model);
    double[] risk = trained.risk(matrix);
    double[] pce = "ascvd".equals(definition.name())
        ? new PceBaseline(connection).risks(test, definition.indexDate().atStartOfDay()) : null;
    String metrics = StoredParts.json(StudyTrainer.metrics(risk, test, pce));
    return new Outcome(model.metricsJson(), metrics, metrics.equals(model.metricsJson()), test.size());
  }

  /** The model's booster and preprocessing, ready to predict. */
  public static TrainedModel load(RegisteredModel model) {
    return new TrainedModel(Algorithm.parse(model.algorithm()), StoredParts.preprocessing(model.preprocessingJson()),
        model.modelBytes(), Map.of());
  }
}
