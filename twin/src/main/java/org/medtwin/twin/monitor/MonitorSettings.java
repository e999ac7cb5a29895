package org.medtwin.twin.monitor;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.medtwin.twin.news2.ClinicalRisk;

/**
 * How the monitor turns scores into alerts. The NEWS2 bands and monitoring frequencies come from the
 * chart; these are the ward's policy where the RCP chart is silent.
 *
 * @param trendWindow how many latest observations a rising trend spans (at least 2)
 * @param trendMinRise the least rise of the total across that window that counts as rising
 * @param continuousGap the longest gap allowed under "continuous monitoring" (NEWS2 7 or more)
 * @param severityByRisk the alert severity for each clinical risk band (LOW means a total of 1-4)
 * @param acknowledgeWithin how long an alert of each severity may wait unacknowledged before it escalates;
 *     a severity missing here never escalates
 */
public record MonitorSettings(
    int trendWindow,
    int trendMinRise,
    Duration continuousGap,
    Map<ClinicalRisk, AlertSeverity> severityByRisk,
    Map<AlertSeverity, Duration> acknowledgeWithin) {

  public MonitorSettings {
    if (trendWindow < 2) {
      throw new IllegalArgumentException("trendWindow " + trendWindow + " must be at least 2 observations");
    }
    if (trendMinRise < 1) {
      throw new IllegalArgumentException("trendMinRise " + trendMinRise + " must be at least 1 point");
    }
    if (continuousGap.isNegative() || continuousGap.isZero()) {
      throw new IllegalArgumentException("continuousGap " + continuousGap + " must be positive");
    }
    severityByRisk = new EnumMap<>(severityByRisk);
    for (ClinicalRisk risk : ClinicalRisk.values()) {
      if (!severityByRisk.containsKey(risk)) {
        throw new IllegalArgumentException("severityByRisk has no severity for " + risk);
      }
    }
    acknowledgeWithin = acknowledgeWithin.isEmpty()
        ? new EnumMap<>(AlertSeverity.class) : new EnumMap<>(acknowledgeWithin);
  }

  /**
   * The defaults: a rise of 2 or more over the last 3 observations; continuous monitoring means an
   * observation at least every 15 minutes; total 1-4 informs (INFO), a single red parameter warns,
   * 5-6 is urgent, 7 or more an emergency; emergencies escalate after 15 minutes unacknowledged,
   * urgent alerts after 30, warnings after 60.
   */
  public static MonitorSettings defaults() {
    Map<ClinicalRisk, AlertSeverity> severity = new EnumMap<>(ClinicalRisk.class);
    severity.put(ClinicalRisk.LOW, AlertSeverity.INFO);
    severity.put(ClinicalRisk.LOW_MEDIUM, AlertSeverity.WARNING);
    severity.put(ClinicalRisk.MEDIUM, AlertSeverity.URGENT);
    severity.put(ClinicalRisk.HIGH, AlertSeverity.EMERGENCY);
    Map<AlertSeverity, Duration> acknowledge = new EnumMap<>(AlertSeverity.class);
    acknowledge.put(AlertSeverity.EMERGENCY, Duration.ofMinutes(15));
    acknowledge.put(AlertSeverity.URGENT, Duration.ofMinutes(30));
    acknowledge.put(AlertSeverity.WARNING, Duration.ofMinutes(60));
    return new MonitorSettings(3, 2, Duration.ofMinutes(15), severity, acknowledge);
  }

  /** How long an alert of this severity may stay unacknowledged. */
  Optional<Duration> acknowledgeWithin(AlertSeverity severity) {
    return Optional.ofNullable(acknowledgeWithin.get(severity));
  }
}
