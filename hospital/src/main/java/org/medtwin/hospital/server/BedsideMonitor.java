package org.medtwin.hospital.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.governance.GovernedAccess;
import org.medtwin.governance.policy.AccessAction;
import org.medtwin.governance.policy.AccessRequest;
import org.medtwin.governance.policy.Decision;
import org.medtwin.governance.policy.PurposeOfUse;
import org.medtwin.hospital.auth.Session;
import org.medtwin.twin.monitor.AcknowledgeOutcome;
import org.medtwin.twin.monitor.Alert;
import org.medtwin.twin.monitor.VitalSignMonitor;
import org.medtwin.twin.monitor.VitalSignObservation;
import org.medtwin.twin.news2.Consciousness;
import org.medtwin.twin.news2.News2Assessment;
import org.medtwin.twin.news2.Spo2Scale;
import org.medtwin.twin.news2.VitalSigns;

/**
 * Vital signs arriving over HTTP for the twin module's monitor: each posted observation is
 * checked against the governance policy (the poster must be allowed to treat the patient; the
 * access is audited), scored by NEWS2 and checked for alerts, which come back in the answer.
 */
final class BedsideMonitor {

  private final Object storeLock;
  private final GovernedAccess access;
  private final VitalSignMonitor monitor;

  BedsideMonitor(Object storeLock, GovernedAccess access, VitalSignMonitor monitor) {
    this.storeLock = storeLock;
    this.access = access;
    this.monitor = monitor;
  }

  /** The outcome of one posted observation: a decision, and when permitted its score and alerts. */
  record Posted(Decision decision, News2Assessment assessment, List<Alert> alerts) {}

  /**
   * Reads one observation from JSON, authorizes it and feeds it to the monitor.
   *
   * @throws IllegalArgumentException naming the field of a missing or malformed value
   */
  Posted post(Session session, JsonNode body) {
    VitalSignObservation observation = observation(body);
    Decision decision = authorize(session, observation.patientId(), "vitals:post");
    if (decision.denied()) {
      return new Posted(decision, null, List.of());
    }
    List<Alert> alerts = monitor.accept(observation);
    return new Posted(decision, monitor.assess(observation), alerts);
  }

  /** The open alerts of a patient the session may treat; empty when denied. */
  List<Alert> openAlerts(Session session, String patientId) {
    Decision decision = authorize(session, patientId, "alerts");
    return decision.denied() ? List.of() : monitor.openAlerts(patientId);
  }

  /** Acknowledges an alert of a patient the session may treat. */
  AcknowledgeOutcome acknowledge(Session session, String alertId, Instant at) {
    int separator = alertId.lastIndexOf('#');
    if (separator <= 0) {
      return AcknowledgeOutcome.NOT_OPEN;
    }
    Decision decision = authorize(session, alertId.substring(0, separator), "alerts:acknowledge");
    return decision.denied() ? AcknowledgeOutcome.NOT_OPEN
        : monitor.acknowledge(alertId, session.userId(), at);
  }

  private Decision authorize(Session session, String patientId, String what) {
    synchronized (storeLock) {
      return access.authorize(AccessRequest.of(session.userId(), session.role(),
          PurposeOfUse.TREATMENT, AccessAction.READ, patientId), what);
    }
  }

  /** An alert as the API shows it. */
  static Map<String, Object> json(Alert alert) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", alert.id());
    out.put("patient", alert.patientId());
    out.put("kind", alert.kind().name());
    out.put("severity", alert.severity().name());
    out.put("time", alert.time().toString());
    out.put("message", alert.message());
    out.put("response", alert.response());
    out.put("news2_total", alert.news2Total());
    out.put("acknowledge_by", alert.acknowledgeBy().map(Instant::toString).orElse(null));
    return out;
  }

  static List<Map<String, Object>> json(List<Alert> alerts) {
    List<Map<String, Object>> out = new ArrayList<>(alerts.size());
    for (Alert alert : alerts) {
      out.add(json(alert));
    }
    return out;
  }

  private static VitalSignObservation observation(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("The body must be one JSON object of vital signs.");
    }
    String patient = text(body, "patient");
    Instant time;
    try {
      time = Instant.parse(text(body, "time"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Field 'time' must be an ISO-8601 instant such as"
          + " 2026-11-25T08:00:00Z, not '" + body.get("time").asText() + "'.");
    }
    VitalSigns vitals = new VitalSigns(number(body, "resp_rate"), number(body, "spo2"),
        Spo2Scale.fromNumber(text(body, "spo2_scale")), bool(body, "on_oxygen"),
        number(body, "systolic_bp"), number(body, "pulse"),
        Consciousness.fromLetter(text(body, "consciousness")), number(body, "temperature"));
    return new VitalSignObservation(patient, time, vitals);
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new IllegalArgumentException("Field '" + field + "' is missing.");
    }
    if (value.asText().length() > 200) {
      throw new IllegalArgumentException("Field '" + field + "' is longer than 200 characters.");
    }
    return value.asText().strip();
  }

  private static double number(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException("Field '" + field + "' must be a number.");
    }
    return value.asDouble();
  }

  private static boolean bool(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isBoolean()) {
      throw new IllegalArgumentException("Field '" + field + "' must be true or false.");
    }
    return value.asBoolean();
  }
}
