package org.medtwin.fusion.quality.catalog;

import java.time.Instant;
import java.util.Objects;
import org.medtwin.fusion.quality.Thresholds;
import org.medtwin.fusion.quality.knowledge.ClinicalKnowledge;

/**
 * What the catalogue needs to instantiate the checks: the thresholds (for their parameters), the
 * clinical knowledge, the time that counts as now, and the previous quality run's id (null when
 * this is the first run) for the drift checks.
 */
public record CatalogContext(Thresholds thresholds, ClinicalKnowledge knowledge, Instant now, String previousRunId) {

  public CatalogContext {
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(now, "now");
  }

  double parameter(String typeId, String name) {
    return thresholds.parameter(typeId, name);
  }

  /** The previous run's id as an SQL literal; one no run has when there is none. */
  String previousRun() {
    return Sql.text(previousRunId == null ? "" : previousRunId);
  }
}
