package org.medtwin.twin.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.medtwin.twin.news2.Consciousness;
import org.medtwin.twin.news2.News2Scorer;
import org.medtwin.twin.news2.Spo2Scale;
import org.medtwin.twin.news2.VitalSigns;

class VitalSignMonitorTest {

  private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

  private final VitalSignMonitor monitor = new VitalSignMonitor(News2Scorer.rcp2017(), MonitorSettings.defaults());

  /** Vital signs whose NEWS2 total is the pulse's score plus the respiration rate's, chosen by hand. */
  private static VitalSigns vitals(double respRate, double pulse) {
    return new VitalSigns(respRate, 97, Spo2Scale.SCALE_1, false, 120, pulse, Consciousness.ALERT, 37.0);
  }

  private List<Alert> at(int minutes, VitalSigns vitals) {
    return monitor.accept(new VitalSignObservation("p1", T0.plus(Duration.ofMinutes(minutes)), vitals));
  }

  @Test
  void thresholdAlert_firesOnce_thenAgainOnlyWhenTheBandRises() {
    // RR 21 (2) + pulse 91 (1) = 3, low -> INFO.
    assertThat(at(0, vitals(21, 91))).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.NEWS2_THRESHOLD);
      assertThat(a.severity()).isEqualTo(AlertSeverity.INFO);
      assertThat(a.message()).startsWith("NEWS2 3 (LOW)").contains("resp rate 21/min (2)").contains("pulse 91/min (1)");
    });
    assertThat(at(30, vitals(21, 91))).isEmpty();
    // RR 25 (3) + pulse 111 (2) = 5, medium -> URGENT, a new alert.
    List<Alert> urgent = at(60, vitals(25, 111));
    assertThat(urgent).extracting(Alert::kind).contains(AlertKind.NEWS2_THRESHOLD);
    assertThat(urgent).filteredOn(a -> a.kind() == AlertKind.NEWS2_THRESHOLD).singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(AlertSeverity.URGENT));
    assertThat(at(90, vitals(25, 111))).isEmpty();
    // Back to 0 resolves; the next rise fires again.
    at(120, vitals(16, 70));
    assertThat(monitor.openAlerts("p1")).isEmpty();
    assertThat(at(150, vitals(21, 91))).extracting(Alert::kind).containsExactly(AlertKind.NEWS2_THRESHOLD);
  }

  @Test
  void singleRedParameter_warnsWithTheHourlyResponse() {
    // RR 8 scores 3 alone: total 3, low-medium.
    assertThat(at(0, vitals(8, 70))).singleElement().satisfies(a -> {
      assertThat(a.severity()).isEqualTo(AlertSeverity.WARNING);
      assertThat(a.response()).startsWith("Minimum 1 hourly");
    });
  }

  @Test
  void risingScore_overTheLastThreeObservations_firesOnceWhileItRises() {
    at(0, vitals(16, 70));       // 0
    at(60, vitals(16, 91));      // 1
    List<Alert> third = at(120, vitals(21, 70)); // 2: 0 -> 1 -> 2, a rise of 2 over 3
    assertThat(third).extracting(Alert::kind).contains(AlertKind.RISING_SCORE);
    assertThat(third).filteredOn(a -> a.kind() == AlertKind.RISING_SCORE).singleElement()
        .satisfies(a -> assertThat(a.message()).contains("from 0 to 2"));
    assertThat(at(180, vitals(21, 91))).extracting(Alert::kind).doesNotContain(AlertKind.RISING_SCORE); // 3, still rising
    at(240, vitals(16, 70)); // falls to 0: resolved
    assertThat(monitor.openAlerts("p1")).extracting(Alert::kind).doesNotContain(AlertKind.RISING_SCORE);
  }

  @Test
  void aDipInsideTheWindow_isNotARise() {
    at(0, vitals(16, 70));   // 0
    at(60, vitals(21, 70));  // 2
    assertThat(at(120, vitals(16, 91))).extracting(Alert::kind).doesNotContain(AlertKind.RISING_SCORE); // 1
  }

  @Test
  void overdue_usesTheBandsFrequency_onEventTime() {
    at(0, vitals(16, 70)); // total 0: minimum 12 hourly
    assertThat(monitor.tick(T0.plus(Duration.ofHours(12)))).isEmpty();
    List<Alert> overdue = monitor.tick(T0.plus(Duration.ofHours(12)).plusSeconds(1));
    assertThat(overdue).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.OVERDUE_OBSERVATION);
      assertThat(a.message()).contains("minimum 12 hourly");
    });
    assertThat(monitor.tick(T0.plus(Duration.ofHours(13)))).isEmpty();
    // A new observation resolves it; total 5 asks for hourly.
    at(13 * 60, vitals(25, 111));
    assertThat(monitor.openAlerts("p1")).extracting(Alert::kind).doesNotContain(AlertKind.OVERDUE_OBSERVATION);
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(13 * 60 + 60)))).extracting(Alert::kind)
        .doesNotContain(AlertKind.OVERDUE_OBSERVATION);
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(13 * 60 + 61)))).extracting(Alert::kind)
        .contains(AlertKind.OVERDUE_OBSERVATION);
  }

  @Test
  void lowScoreOneToFour_isOverdueAfterSixHours() {
    at(0, vitals(21, 70)); // 2: minimum 4-6 hourly
    assertThat(monitor.tick(T0.plus(Duration.ofHours(6)))).extracting(Alert::kind)
        .doesNotContain(AlertKind.OVERDUE_OBSERVATION);
    assertThat(monitor.tick(T0.plus(Duration.ofHours(6)).plusSeconds(1))).extracting(Alert::kind)
        .contains(AlertKind.OVERDUE_OBSERVATION);
  }

  @Test
  void highScore_isOverdueAfterTheContinuousGap() {
    // RR 25 (3) + pulse 131 (3) + SpO2 91 (3) = 9, continuous monitoring; the settings' gap is 15 min.
    monitor.accept(new VitalSignObservation("p1", T0,
        new VitalSigns(25, 91, Spo2Scale.SCALE_1, false, 120, 131, Consciousness.ALERT, 37)));
    List<Alert> at16 = monitor.tick(T0.plus(Duration.ofMinutes(16)));
    assertThat(at16).filteredOn(a -> a.kind() == AlertKind.OVERDUE_OBSERVATION).singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(AlertSeverity.EMERGENCY));
  }

  @Test
  void unacknowledgedAlert_escalatesAfterItsDeadline_acknowledgedOneDoesNot() {
    Alert urgent = at(0, vitals(25, 111)).get(0); // 5: URGENT, 30 minutes to acknowledge
    assertThat(urgent.acknowledgeBy()).hasValue(T0.plus(Duration.ofMinutes(30)));
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(30)))).isEmpty();
    List<Alert> escalated = monitor.tick(T0.plus(Duration.ofMinutes(31)));
    assertThat(escalated).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.ESCALATION);
      assertThat(a.severity()).isEqualTo(AlertSeverity.EMERGENCY);
      assertThat(a.escalates()).hasValue(urgent.id());
    });
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(32)))).isEmpty();
    // Acknowledging the escalation acknowledges the original too; a second acknowledgement changes nothing.
    assertThat(monitor.acknowledge(escalated.get(0).id(), "nurse-in-charge", T0.plus(Duration.ofMinutes(33))))
        .isEqualTo(AcknowledgeOutcome.ACKNOWLEDGED);
    assertThat(monitor.acknowledge(urgent.id(), "doctor", T0.plus(Duration.ofMinutes(34))))
        .isEqualTo(AcknowledgeOutcome.ALREADY_ACKNOWLEDGED);
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(59)))).isEmpty();
  }

  @Test
  void acknowledgedInTime_neverEscalates() {
    Alert urgent = at(0, vitals(25, 111)).get(0);
    assertThat(monitor.acknowledge(urgent.id(), "nurse", T0.plus(Duration.ofMinutes(5))))
        .isEqualTo(AcknowledgeOutcome.ACKNOWLEDGED);
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(45)))).isEmpty();
    assertThat(monitor.acknowledge("p1#999", "nurse", T0)).isEqualTo(AcknowledgeOutcome.NOT_OPEN);
    assertThat(monitor.acknowledge("nobody", "nurse", T0)).isEqualTo(AcknowledgeOutcome.NOT_OPEN);
  }

  @Test
  void impossibleObservation_firesOneRejectionAlert_notAScore() {
    VitalSigns bad = new VitalSigns(16, 140, Spo2Scale.SCALE_1, false, 120, 70, Consciousness.ALERT, 37);
    assertThat(at(0, bad)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.REJECTED_OBSERVATION);
      assertThat(a.message()).contains("spo2 140");
    });
    assertThat(at(1, bad)).isEmpty();
  }

  @Test
  void lateObservation_changesNothing_andIsCounted() {
    at(60, vitals(16, 70));
    assertThat(at(0, vitals(25, 131))).isEmpty();
    assertThat(monitor.lateObservations()).isEqualTo(1);
    assertThat(monitor.openAlerts("p1")).isEmpty();
  }

  @Test
  void manyThreads_giveTheSameAlertsAsOne() throws Exception {
    // 200 patients, each fed by one of 4 threads in event-time order, then the same sequentially.
    VitalSignMonitor parallel = new VitalSignMonitor(News2Scorer.rcp2017(), MonitorSettings.defaults());
    VitalSignMonitor sequential = new VitalSignMonitor(News2Scorer.rcp2017(), MonitorSettings.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> counts = new ArrayList<>();
    int expected = 0;
    for (int t = 0; t < 4; t++) {
      int thread = t;
      counts.add(pool.submit(() -> feed(parallel, thread)));
      expected += feed(sequential, thread);
    }
    int total = 0;
    for (Future<Integer> count : counts) {
      total += count.get();
    }
    pool.shutdown();
    assertThat(total).isEqualTo(expected).isPositive();
  }

  private static int feed(VitalSignMonitor target, int thread) {
    int alerts = 0;
    for (int step = 0; step < 50; step++) {
      for (int p = thread; p < 200; p += 4) {
        double rate = 12 + (p * 7 + step * 3) % 16;
        double pulse = 60 + (p * 13 + step * 11) % 80;
        alerts += target.accept(new VitalSignObservation("p" + p, T0.plus(Duration.ofMinutes(step * 30L)),
            vitals(rate, pulse))).size();
      }
    }
    return alerts;
  }
}
