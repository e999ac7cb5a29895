package org.medtwin.fusion.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.medtwin.fusion.quality.catalog.CatalogContext;
import org.medtwin.fusion.quality.catalog.CheckCatalog;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckResult;
import org.medtwin.fusion.quality.knowledge.ClinicalKnowledge;
import org.medtwin.fusion.quality.run.CheckEngine;
import org.medtwin.fusion.quality.run.CheckProgress;
import org.medtwin.fusion.quality.run.QualityHistory;
import org.medtwin.store.PatientStore;

/**
 * Runs every data quality check on a patient store, keeps the results as a new run in the store,
 * and returns them with the trend over earlier runs.
 */
public final class DataQuality {

  /** How many runs the trend shows. */
  public static final int TREND_RUNS = 30;

  private final PatientStore store;
  private final Thresholds thresholds;
  private final ClinicalKnowledge knowledge;
  private final Clock clock;

  public DataQuality(PatientStore store, Thresholds thresholds, ClinicalKnowledge knowledge, Clock clock) {
    this.store = store;
    this.thresholds = thresholds;
    this.knowledge = knowledge;
    this.clock = clock;
  }

  /** The context the catalogue builds its instances in, for this store now. */
  public CatalogContext context() {
    return new CatalogContext(thresholds, knowledge, clock.instant(),
        new QualityHistory(store.connection()).latestRunId());
  }

  /**
   * Runs every check, stores the run, and reports.
   *
   * @throws QualityException when a check's query fails or the run cannot be stored
   */
  public QualityReport run(CheckProgress progress) {
    CatalogContext context = context();
    return run(CheckCatalog.instances(context), progress);
  }

  /** Runs the given instances only (tests, or a user's selection), stores the run, and reports. */
  public QualityReport run(List<CheckInstance> instances, CheckProgress progress) {
    Instant started = clock.instant();
    List<CheckResult> results = new CheckEngine(store.connection(), thresholds).run(instances, progress);
    QualityHistory history = new QualityHistory(store.connection());
    QualityReport report = new QualityReport(UUID.randomUUID().toString(), started, clock.instant(),
        store.location().toString(), thresholds.version(), CheckCatalog.types().size(), instances.size(), results,
        List.of());
    history.save(report);
    return new QualityReport(report.runId(), report.startedAt(), report.finishedAt(), report.store(),
        report.thresholdsVersion(), report.checkTypes(), report.checkInstances(), results, history.trend(TREND_RUNS));
  }
}
