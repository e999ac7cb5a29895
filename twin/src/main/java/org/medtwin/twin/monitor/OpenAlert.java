package org.medtwin.twin.monitor;

import java.time.Instant;

/** An alert that is still open, with who acknowledged it and whether it escalated; guarded by its watch. */
final class OpenAlert {

  final Alert alert;
  String acknowledgedBy;
  Instant acknowledgedAt;
  boolean escalated;

  OpenAlert(Alert alert) {
    this.alert = alert;
  }

  boolean dueForEscalation(Instant now) {
    return acknowledgedBy == null && !escalated
        && alert.acknowledgeBy().isPresent() && now.isAfter(alert.acknowledgeBy().get());
  }
}
