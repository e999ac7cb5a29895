package org.medtwin.learn.study;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.learn.cohort.CohortDefinition;
import org.medtwin.learn.cohort.CohortMember;
import org.medtwin.learn.feature.FeatureMatrix;
import org.medtwin.learn.feature.FeatureSettings;
import org.medtwin.learn.model.Algorithm;
import org.medtwin.learn.model.ModelTrainer;
import org.medtwin.learn.model.TrainedModel;
import org.medtwin.learn.model.TrainingSettings;
import org.medtwin.learn.pce.PceBaseline;
import org.medtwin.learn.registry.ModelRegistry;
import org.medtwin.learn.registry.RegisteredModel;

/**
 * Runs a study end to end: cohort, person split, features, each algorithm trained with
 * cross-validation on the training persons, evaluated on the test persons (with the Pooled Cohort
 * Equations as baseline for ascvd), explained, and registered as a new immutable model version.
 */
public final class StudyTrainer {

  /** Progress of a study run, for a progress bar. */
  public interface Listener {
    void step(String what);
  }

  /** One trained, evaluated and registered model. */
  public record Result(RegisteredModel model, TrainedModel trained, ModelEvaluation evaluation,
      List<Map<String, Object>> importance, Map<String, Object> baseline) {}

  /** A study run: its data and its models. */
  public record Run(StudyData data, List<Result> results) {}

  private final Connection connection;
  private final TrainingSettings settings;
  private final String codeVersion;

  public StudyTrainer(Connection connection, TrainingSettings settings, String codeVersion) {
    this.connection = connection;
    this.settings = settings;
    this.codeVersion = codeVersion;
  }

  /**
   * Trains, evaluates and registers one model per algorithm.
   *
   * @throws IllegalArgumentException when the cohort or its split is too small to train and test
   */
  public Run run(CohortDefinition definition, String definitionJson, SplitSpec spec, List<Algorithm> algorithms, Listener listener) {
    listener.step("building cohort and features");
    StudyData data = StudyData.build(connection, definition, spec, settings.seed(), FeatureSettings.DEFAULT);
    FeatureMatrix train = data.train();
    FeatureMatrix test = data.test();
    List<CohortMember> testMembers = members(data, test);
    if (test.rows() == 0 || train.rows() == 0) {
      throw new IllegalArgumentException("Study " + definition.name() + ": the split leaves " + train.rows() + " training and "
          + test.rows() + " test persons. Maybe the sources named for external validation hold no persons of the cohort?");
    }
    double[] pce = "ascvd".equals(definition.name())
        ? new PceBaseline(connection).risks(testMembers, definition.indexDate().atStartOfDay()) : null;
    String snapshot = data.snapshotHash();
    List<Result> results = new ArrayList<>();
    for (Algorithm algorithm : algorithms) {
      listener.step("training " + algorithm.id());
      TrainedModel model = new ModelTrainer(settings).train(algorithm, train);
      listener.step("evaluating " + algorithm.id());
      double[] risk = model.risk(test);
      Map<String, Object> metrics = metrics(risk, testMembers, pce);
      ModelEvaluation evaluation = ModelEvaluation.of(risk, testMembers, settings.seed());
      @SuppressWarnings("unchecked")
      Map<String, Object> baseline = (Map<String, Object>) metrics.get("clinicalBaseline");
      List<Map<String, Object>> importance = Explanations.global(model, test, 20);
      Map<String, Object> card = ModelCards.card(data, algorithm.id(), evaluation, baseline);
      card.put("globalImportance", importance);
      Map<String, Object> split = new LinkedHashMap<>();
      split.put("description", data.split().description());
      split.put("persons", data.split().asMap());
      RegisteredModel registered = new ModelRegistry(connection).register(new ModelRegistry.NewModel(
          definition.name(), algorithm.id(), codeVersion, settings.seed(), definitionJson,
          StoredParts.featureSet(definition.indexDate(), data.featureSettings(), train.columns()), snapshot,
          StoredParts.json(split), StoredParts.json(model.hyperParameters()), StoredParts.preprocessing(model.preprocessing()),
          StoredParts.json(metrics), StoredParts.json(card), model.boosterBytes()));
      results.add(new Result(registered, model, evaluation, importance, baseline));
    }
    return new Run(data, results);
  }

  /** The metrics stored with a model; {@link ModelReevaluation} recomputes exactly this from the registry. */
  static Map<String, Object> metrics(double[] risk, List<CohortMember> testMembers, double[] pce) {
    Map<String, Object> metrics = ModelEvaluation.of(risk, testMembers, seedOf(testMembers)).toMap();
    if (pce != null) {
      metrics.put("clinicalBaseline", BaselineComparison.compare("2013 ACC/AHA Pooled Cohort Equations", pce, risk, testMembers,
          "Latest total and HDL cholesterol and systolic pressure before the index date; white equations for everyone (race is not in the store)."));
    }
    return metrics;
  }

  /** The bootstrap seed: fixed, so the stored metrics and their re-evaluation draw the same resamples. */
  static long seedOf(List<CohortMember> members) {
    return 20131112L;
  }

  static List<CohortMember> members(StudyData data, FeatureMatrix m) {
    Map<String, CohortMember> byId = new LinkedHashMap<>();
    data.cohort().members().forEach(c -> byId.put(c.personId(), c));
    List<CohortMember> out = new ArrayList<>();
    for (String person : m.persons()) {
      out.add(byId.get(person));
    }
    return out;
  }
}
