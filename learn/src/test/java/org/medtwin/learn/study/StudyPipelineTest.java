package org.medtwin.learn.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.learn.cohort.AttritionStep;
import org.medtwin.learn.cohort.CohortDefinition;
import org.medtwin.learn.cohort.CohortDefinitions;
import org.medtwin.learn.feature.FeatureExport;
import org.medtwin.learn.feature.FeatureSettings;
import org.medtwin.learn.model.Algorithm;
import org.medtwin.learn.model.TrainingSettings;
import org.medtwin.learn.registry.ModelRegistry;
import org.medtwin.learn.registry.RegisteredModel;
import org.medtwin.store.PatientStore;

class StudyPipelineTest {

  static final TrainingSettings FAST = new TrainingSettings(3, 1, 3, List.of(2, 3), 0.1, 120, 15, List.of(0.001, 0.1), 60);

  @TempDir static Path dir;
  static PatientStore store;
  static CohortDefinition study;
  static StudyTrainer.Run run;

  @BeforeAll
  static void train() throws Exception {
    store = HandBuiltStore.create(dir, 400, 11);
    study = CohortDefinitions.parse(HandBuiltStore.STUDY, "test study");
    run = new StudyTrainer(store.connection(), FAST, "test").run(study, HandBuiltStore.STUDY, SplitSpec.RANDOM,
        List.of(Algorithm.values()), what -> { });
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void attritionCountsEachCriterionInTurn() {
    List<AttritionStep> a = run.data().cohort().attrition();
    assertThat(a).extracting(AttritionStep::remaining).startsWith(400, 400, 399, 399, 399, 398, 397);
    assertThat(a).extracting(AttritionStep::removed).startsWith(0, 0, 1, 0, 0, 1, 1);
    assertThat(a.get(5).criterion()).contains("Myocardial infarction before");
    assertThat(run.data().cohort().members()).extracting(m -> m.personId()).doesNotContain("P-0000", "P-0001", "P-0002");
  }

  @Test
  void noPersonIsInBothTrainAndTest() {
    assertThat(run.data().split().train()).doesNotContainAnyElementsOf(run.data().split().test());
    assertThat(run.data().train().persons()).doesNotContainAnyElementsOf(run.data().test().persons());
  }

  @Test
  void reEvaluatingARegisteredModelReproducesItsStoredMetricsExactly() {
    for (StudyTrainer.Result r : run.results()) {
      ModelReevaluation.Outcome outcome = ModelReevaluation.run(store.connection(), r.model());
      assertThat(outcome.metricsJson()).isEqualTo(r.model().metricsJson());
      assertThat(outcome.identical()).isTrue();
    }
  }

  @Test
  void retrainingAddsAVersionAndNeverOverwrites() {
    ModelRegistry registry = new ModelRegistry(store.connection());
    RegisteredModel first = registry.latest("mi-test", "xgboost").orElseThrow();
    StudyTrainer.Run again = new StudyTrainer(store.connection(), FAST, "test").run(study, HandBuiltStore.STUDY,
        SplitSpec.RANDOM, List.of(Algorithm.XGBOOST), what -> { });
    RegisteredModel second = again.results().get(0).model();
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(second.modelId()).isNotEqualTo(first.modelId());
    RegisteredModel reread = registry.find(first.modelId()).orElseThrow();
    assertThat(reread.modelBytes()).isEqualTo(first.modelBytes());
    assertThat(reread.metricsJson()).isEqualTo(first.metricsJson());
    assertThat(second.dataSnapshotHash()).isEqualTo(first.dataSnapshotHash());
  }

  @Test
  void theModelsFindTheBloodPressureSignal() {
    for (StudyTrainer.Result r : run.results()) {
      assertThat(r.evaluation().performance().auroc().value()).as(r.model().algorithm()).isGreaterThan(0.65);
      assertThat(r.importance().get(0).get("label").toString()).containsAnyOf("Systolic", "Age");
    }
  }

  @Test
  void scoringAPatientGivesRiskIntervalExplanationAndModelId() {
    RegisteredModel model = run.results().get(2).model();
    String person = run.data().split().test().iterator().next();
    PatientScore score = new PatientScorer(store.connection()).score(model, person, null, 50);
    assertThat(score.modelId()).isEqualTo(model.modelId());
    assertThat(score.low()).isLessThanOrEqualTo(score.high());
    double logOdds = score.baselineLogOdds() + score.explanation().stream().mapToDouble(Contribution::logOdds).sum();
    assertThat(1 / (1 + Math.exp(-logOdds))).isCloseTo(score.risk(), within(1e-4));
    assertThat(score.explanation()).extracting(Contribution::label).anyMatch(l -> l.contains("Systolic blood pressure"));
  }

  @Test
  void exportsTheSameMatrixAndSplitAsCsv() throws Exception {
    Path csv = dir.resolve("features.csv");
    StudyData data = StudyData.build(store.connection(), study, SplitSpec.RANDOM, FAST.seed(), FeatureSettings.DEFAULT);
    FeatureExport.write(data.matrix(), data.split(), csv);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("person,split,label,");
    assertThat(lines).hasSize(run.data().cohort().members().size() + 1);
    assertThat(data.snapshotHash()).isEqualTo(run.data().snapshotHash());
    long test = lines.stream().skip(1).filter(l -> l.split(",")[1].equals("test")).count();
    assertThat(test).isEqualTo(run.data().split().test().size());
  }
}
