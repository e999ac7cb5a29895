package org.medtwin.fusion.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medtwin.fusion.quality.catalog.CatalogContext;
import org.medtwin.fusion.quality.catalog.CheckCatalog;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckResult;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.check.Status;
import org.medtwin.fusion.quality.knowledge.ClinicalKnowledge;
import org.medtwin.fusion.quality.run.CheckEngine;
import org.medtwin.fusion.quality.run.CheckProgress;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;
import org.medtwin.store.testing.TestStores;

/**
 * Every check type on both store engines: the clean fixture passes it (with something to judge),
 * and the fixture broken as its {@link CheckCases} case says fails it with the hand-counted
 * violations and the broken record as first example.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckTypesIT {

  private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final Map<Dialect, PatientStore> stores = new EnumMap<>(Dialect.class);
  private final Map<Dialect, QualityReport> cleanRuns = new EnumMap<>(Dialect.class);
  private Thresholds thresholds;
  private final ClinicalKnowledge knowledge = ClinicalKnowledge.bundled();

  @BeforeAll
  void openStores(@TempDir Path tempDir) throws Exception {
    // Only the prevalence checks need more patients than a hand-checkable fixture has.
    Path overrides = tempDir.resolve("thresholds.json");
    Files.writeString(overrides, """
        {"version": "test", "checks": {
          "plausibility.prevalence_drift_between_runs": {"parameters": {"minPatients": 1}},
          "plausibility.prevalence_drift_between_sources": {"parameters": {"minPatients": 1, "points": 60}}
        }}""");
    thresholds = Thresholds.withOverrides(overrides, CheckCatalog.ids(
        new CatalogContext(Thresholds.bundled(), knowledge, NOW.instant(), null)));
    // DuckDB in memory: the same engine and SQL as a file, without a disk sync per fixture reset.
    stores.put(Dialect.DUCKDB, PatientStore.open(StoreLocation.parse("jdbc:duckdb:")));
    stores.put(Dialect.POSTGRESQL, PatientStore.open(TestStores.postgres()));
  }

  @AfterAll
  void closeStores() {
    stores.values().forEach(PatientStore::close);
  }

  Stream<Arguments> types() {
    return Stream.of(Dialect.values())
        .flatMap(d -> CheckCatalog.types().stream().map(t -> Arguments.of(d, t.id())));
  }

  Stream<Arguments> cases() {
    return Stream.of(Dialect.values()).flatMap(d -> CheckCases.all().stream().map(c -> Arguments.of(d, c)));
  }

  @Test
  void everyCheckTypeHasAFailingCase_andThereAreAtLeastSixty() {
    List<String> types = CheckCatalog.types().stream().map(CheckType::id).sorted().toList();
    List<String> cased = CheckCases.all().stream().map(CheckCase::typeId).distinct().sorted().toList();
    assertThat(cased).isEqualTo(types);
    assertThat(types).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("types")
  void cleanFixture_passesEveryInstance_withRowsToJudge(Dialect dialect, String typeId) throws Exception {
    List<CheckResult> results = cleanRun(dialect).results().stream().filter(r -> r.checkType().equals(typeId)).toList();

    assertThat(results).filteredOn(r -> r.status() == Status.FAIL).isEmpty();
    assertThat(results).anySatisfy(r -> {
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.denominator()).isPositive();
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void brokenFixture_failsTheCheck_withTheBrokenRecordAsExample(Dialect dialect, CheckCase c) throws Exception {
    PatientStore store = stores.get(dialect);
    QualityFixture fixture = new QualityFixture(store.connection()).reset();
    DataQuality quality = new DataQuality(store, thresholds, knowledge, NOW);
    if (c.previousRun()) {
      quality.run(instances(quality.context(), c.typeId()), CheckProgress.NONE);
    }
    c.breaker().apply(fixture);

    List<CheckResult> results =
        new CheckEngine(store.connection(), thresholds).run(instances(quality.context(), c.typeId()), CheckProgress.NONE);

    List<CheckResult> matching = results.stream()
        .filter(r -> r.checkId().equals(c.instanceId()) && r.source().equals(c.source())).toList();
    assertThat(matching).as("results of %s at %s among %s", c.instanceId(), c.source(), ids(results)).hasSize(1);
    CheckResult result = matching.get(0);
    assertThat(result.violations()).isEqualTo(c.violations());
    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.examples()).first().isEqualTo(c.firstExample());
  }

  /** The clean fixture checked twice, so the checks against the previous run have one. */
  private QualityReport cleanRun(Dialect dialect) throws Exception {
    if (!cleanRuns.containsKey(dialect)) {
      PatientStore store = stores.get(dialect);
      new QualityFixture(store.connection()).reset();
      DataQuality quality = new DataQuality(store, thresholds, knowledge, NOW);
      quality.run(CheckProgress.NONE);
      cleanRuns.put(dialect, quality.run(CheckProgress.NONE));
    }
    return cleanRuns.get(dialect);
  }

  private static List<CheckInstance> instances(CatalogContext context, String typeId) {
    return CheckCatalog.instances(context).stream().filter(i -> i.type().id().equals(typeId))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static List<String> ids(List<CheckResult> results) {
    return results.stream().map(r -> r.checkId() + "/" + r.source() + "=" + r.violations()).toList();
  }
}
