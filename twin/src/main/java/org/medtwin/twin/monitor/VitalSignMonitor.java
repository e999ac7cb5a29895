package org.medtwin.twin.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.medtwin.twin.news2.News2Assessment;
import org.medtwin.twin.news2.News2Scorer;

/**
 * Scores a stream of vital signs per patient and fires alerts: NEWS2 trigger thresholds, rising
 * scores, overdue observations, rejected observations and escalations of unacknowledged alerts.
 * Thread-safe: observations of different patients proceed in parallel, one patient's in turn.
 * Time is event time; {@link #tick} is the clock that makes observations overdue and alerts escalate.
 */
public final class VitalSignMonitor {

  private final News2Scorer scorer;
  private final MonitorSettings settings;
  private final ConcurrentHashMap<String, PatientWatch> watches = new ConcurrentHashMap<>();
  private final LongAdder late = new LongAdder();

  public VitalSignMonitor(News2Scorer scorer, MonitorSettings settings) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Scores one observation and returns the alerts it fires, in order (often none). */
  public List<Alert> accept(VitalSignObservation observation) {
    News2Assessment assessment = scorer.assess(observation.vitals());
    PatientWatch watch = watches.computeIfAbsent(observation.patientId(), id -> new PatientWatch(id, settings));
    List<Alert> fired = new ArrayList<>(0);
    synchronized (watch) {
      if (!watch.observe(observation, assessment, fired)) {
        late.increment();
      }
    }
    return fired;
  }

  /** The score (or rejection) alone, for callers that show it beside the alerts. */
  public News2Assessment assess(VitalSignObservation observation) {
    return scorer.assess(observation.vitals());
  }

  /** Advances the clock to {@code now}: fires overdue observations and escalations for every patient. */
  public List<Alert> tick(Instant now) {
    List<Alert> fired = new ArrayList<>(0);
    for (PatientWatch watch : watches.values()) {
      synchronized (watch) {
        watch.tick(now, fired);
      }
    }
    return fired;
  }

  /**
   * Acknowledges an open alert; it will not escalate.
   *
   * @param alertId the alert's id
   * @param by who acknowledges (a role or staff id, never a patient identifier)
   * @param at when
   */
  public AcknowledgeOutcome acknowledge(String alertId, String by, Instant at) {
    int separator = alertId.lastIndexOf('#');
    PatientWatch watch = separator < 0 ? null : watches.get(alertId.substring(0, separator));
    if (watch == null) {
      return AcknowledgeOutcome.NOT_OPEN;
    }
    synchronized (watch) {
      return watch.acknowledge(alertId, by, at);
    }
  }

  /** The patient's open alerts, oldest first. */
  public List<Alert> openAlerts(String patientId) {
    PatientWatch watch = watches.get(patientId);
    if (watch == null) {
      return List.of();
    }
    synchronized (watch) {
      return watch.openAlerts();
    }
  }

  /** How many observations arrived after a later one of the same patient (scored, not alerted). */
  public long lateObservations() {
    return late.sum();
  }

  /** How many patients the monitor has seen. */
  public int patients() {
    return watches.size();
  }
}
