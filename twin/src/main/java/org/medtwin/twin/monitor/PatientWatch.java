package org.medtwin.twin.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.medtwin.twin.news2.ClinicalRisk;
import org.medtwin.twin.news2.News2Assessment;
import org.medtwin.twin.news2.News2Score;
import org.medtwin.twin.news2.RejectedVitalSigns;

/**
 * One patient's monitoring state: the last score, the recent totals, when the next observation is due,
 * and the open alerts. Not thread-safe on its own; {@link VitalSignMonitor} locks it.
 */
final class PatientWatch {

  private final String patientId;
  private final MonitorSettings settings;
  private final int[] recentTotals;
  private int observed;
  private long nextAlert = 1;

  private Instant lastTime;
  private AlertSeverity news2Level;
  private AlertSeverity overdueLevel;
  private Instant dueBy;
  private String dueText;
  private final List<OpenAlert> open = new ArrayList<>(2);

  PatientWatch(String patientId, MonitorSettings settings) {
    this.patientId = patientId;
    this.settings = settings;
    this.recentTotals = new int[settings.trendWindow()];
  }

  /**
   * Applies one observation, adding the alerts it fires to {@code fired}; returns false for a late one
   * (taken before the patient's last), which changes nothing: the patient's state is the latest one.
   */
  boolean observe(VitalSignObservation observation, News2Assessment assessment, List<Alert> fired) {
    Instant time = observation.time();
    if (lastTime != null && time.isBefore(lastTime)) {
      return false;
    }
    if (assessment instanceof RejectedVitalSigns) {
      rejected(time, ((RejectedVitalSigns) assessment).message(), fired);
      return true;
    }
    News2Score score = (News2Score) assessment;
    resolve(AlertKind.REJECTED_OBSERVATION);
    resolve(AlertKind.OVERDUE_OBSERVATION);
    lastTime = time;
    threshold(observation, score, fired);
    trend(time, score, fired);
    schedule(time, score);
    return true;
  }

  /** Fires overdue observations and escalations due at {@code now}. */
  void tick(Instant now, List<Alert> fired) {
    if (dueBy != null && now.isAfter(dueBy) && find(AlertKind.OVERDUE_OBSERVATION) == null) {
      fire(AlertKind.OVERDUE_OBSERVATION, overdueLevel, now,
          "no observation since " + lastTime + "; " + dueText + " monitoring was due by " + dueBy,
          "Take a full set of observations now.", -1, Optional.empty(), fired);
    }
    List<OpenAlert> escalating = new ArrayList<>(0);
    for (OpenAlert alert : open) {
      if (alert.dueForEscalation(now)) {
        escalating.add(alert);
      }
    }
    for (OpenAlert alert : escalating) {
      alert.escalated = true;
      Alert original = alert.alert;
      fire(AlertKind.ESCALATION, original.severity().next(), now,
          "not acknowledged by " + original.acknowledgeBy().get() + ": " + original.message(),
          "Escalate to the next responder: " + original.response(), original.news2Total(),
          Optional.of(original.id()), fired);
    }
  }

  /** Records an acknowledgement of an open alert; acknowledging an escalation acknowledges what it escalates. */
  AcknowledgeOutcome acknowledge(String alertId, String by, Instant at) {
    OpenAlert target = null;
    for (OpenAlert alert : open) {
      if (alert.alert.id().equals(alertId)) {
        target = alert;
      }
    }
    if (target == null) {
      return AcknowledgeOutcome.NOT_OPEN;
    }
    if (target.acknowledgedBy != null) {
      return AcknowledgeOutcome.ALREADY_ACKNOWLEDGED;
    }
    for (OpenAlert alert : open) {
      boolean related = alert == target
          || target.alert.escalates().map(id -> id.equals(alert.alert.id())).orElse(false)
          || alert.alert.escalates().map(id -> id.equals(alertId)).orElse(false);
      if (related && alert.acknowledgedBy == null) {
        alert.acknowledgedBy = by;
        alert.acknowledgedAt = at;
      }
    }
    return AcknowledgeOutcome.ACKNOWLEDGED;
  }

  /** The alerts still open, oldest first. */
  List<Alert> openAlerts() {
    List<Alert> alerts = new ArrayList<>(open.size());
    for (OpenAlert alert : open) {
      alerts.add(alert.alert);
    }
    return alerts;
  }

  private void rejected(Instant time, String reasons, List<Alert> fired) {
    OpenAlert current = find(AlertKind.REJECTED_OBSERVATION);
    if (current != null && current.alert.message().equals(reasons)) {
      return;
    }
    resolve(AlertKind.REJECTED_OBSERVATION);
    fire(AlertKind.REJECTED_OBSERVATION, AlertSeverity.WARNING, time, reasons,
        "Check the device and repeat the observation; the set was not scored.", -1, Optional.empty(), fired);
  }

  /** De-duplicates on the band: fires when the severity rises, resolves when it falls or clears. */
  private void threshold(VitalSignObservation observation, News2Score score, List<Alert> fired) {
    AlertSeverity level = score.total() == 0 ? null : settings.severityByRisk().get(score.risk());
    if (level == null) {
      resolve(AlertKind.NEWS2_THRESHOLD);
    } else if (news2Level == null || level.compareTo(news2Level) > 0) {
      resolve(AlertKind.NEWS2_THRESHOLD);
      fire(AlertKind.NEWS2_THRESHOLD, level, observation.time(),
          AlertWording.threshold(score, observation.vitals()),
          score.response().monitoring() + ". " + score.response().response(), score.total(), Optional.empty(), fired);
    } else if (level.compareTo(news2Level) < 0) {
      resolve(AlertKind.NEWS2_THRESHOLD);
    }
    news2Level = level;
  }

  /** Rising: the last {@code trendWindow} totals never fall and rise by at least {@code trendMinRise}. */
  private void trend(Instant time, News2Score score, List<Alert> fired) {
    int window = recentTotals.length;
    recentTotals[observed % window] = score.total();
    observed++;
    if (observed < window) {
      return;
    }
    int first = recentTotals[(observed - window) % window];
    boolean neverFalls = true;
    for (int i = 1; i < window; i++) {
      if (recentTotals[(observed - window + i) % window] < recentTotals[(observed - window + i - 1) % window]) {
        neverFalls = false;
      }
    }
    boolean rising = neverFalls && score.total() - first >= settings.trendMinRise();
    if (!rising) {
      resolve(AlertKind.RISING_SCORE);
    } else if (find(AlertKind.RISING_SCORE) == null) {
      fire(AlertKind.RISING_SCORE, AlertSeverity.WARNING, time,
          "NEWS2 rose from " + first + " to " + score.total() + " over the last " + window + " observations",
          "Review the patient: the trend is worsening even if no threshold is crossed.", score.total(),
          Optional.empty(), fired);
    }
  }

  private void schedule(Instant time, News2Score score) {
    Optional<Duration> interval = score.response().overdueAfter();
    dueBy = time.plus(interval.orElse(settings.continuousGap()));
    dueText = score.response().monitoring().toLowerCase(java.util.Locale.ROOT);
    AlertSeverity bandLevel = settings.severityByRisk().get(score.risk());
    overdueLevel = score.risk() == ClinicalRisk.LOW || bandLevel.compareTo(AlertSeverity.WARNING) < 0
        ? AlertSeverity.WARNING : bandLevel;
  }

  private void fire(AlertKind kind, AlertSeverity severity, Instant time, String message, String response,
      int total, Optional<String> escalates, List<Alert> fired) {
    Optional<Instant> acknowledgeBy = settings.acknowledgeWithin(severity).map(time::plus);
    Alert alert = new Alert(patientId + "#" + nextAlert++, patientId, kind, severity, time, message, response,
        total, acknowledgeBy, escalates);
    open.add(new OpenAlert(alert));
    fired.add(alert);
  }

  private OpenAlert find(AlertKind kind) {
    for (OpenAlert alert : open) {
      if (alert.alert.kind() == kind) {
        return alert;
      }
    }
    return null;
  }

  /** Closes the open alert of this kind and the escalations of it. */
  private void resolve(AlertKind kind) {
    OpenAlert current = find(kind);
    if (current == null) {
      return;
    }
    String id = current.alert.id();
    Iterator<OpenAlert> alerts = open.iterator();
    while (alerts.hasNext()) {
      OpenAlert alert = alerts.next();
      if (alert == current || alert.alert.escalates().map(id::equals).orElse(false)) {
        alerts.remove();
      }
    }
  }
}
