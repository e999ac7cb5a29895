package org.medtwin.twin.news2;

import java.util.ArrayList;
import java.util.List;

/** Scores vital signs against a NEWS2 chart; thread-safe (the chart is immutable). */
public final class News2Scorer {

  private final News2Chart chart;

  public News2Scorer(News2Chart chart) {
    this.chart = chart;
  }

  /** A scorer on the RCP 2017 chart shipped with MedTwin. */
  public static News2Scorer rcp2017() {
    return new News2Scorer(News2Chart.rcp2017());
  }

  /** The chart this scorer uses. */
  public News2Chart chart() {
    return chart;
  }

  /** Scores the vital signs, or says why they cannot be scored. */
  public News2Assessment assess(VitalSigns vitals) {
    List<String> reasons = implausibilities(vitals);
    if (!reasons.isEmpty()) {
      return new RejectedVitalSigns(reasons);
    }
    ParameterChart spo2Chart = vitals.spo2Scale() == Spo2Scale.SCALE_2 ? chart.spo2Scale2() : chart.spo2Scale1();
    int respRate = chart.respRate().score(vitals.respRate(), vitals.onOxygen());
    int spo2 = spo2Chart.score(vitals.spo2(), vitals.onOxygen());
    int airOrOxygen = vitals.onOxygen() ? chart.oxygenScore() : chart.airScore();
    int systolicBp = chart.systolicBp().score(vitals.systolicBp(), vitals.onOxygen());
    int pulse = chart.pulse().score(vitals.pulse(), vitals.onOxygen());
    int consciousness = chart.consciousnessScore(vitals.consciousness());
    int temperature = chart.temperature().score(vitals.temperature(), vitals.onOxygen());
    int total = respRate + spo2 + airOrOxygen + systolicBp + pulse + consciousness + temperature;
    int red = chart.redSingleParameter();
    boolean redSingle = respRate >= red || spo2 >= red || airOrOxygen >= red || systolicBp >= red
        || pulse >= red || consciousness >= red || temperature >= red;
    return new News2Score(respRate, spo2, airOrOxygen, systolicBp, pulse, consciousness, temperature, total,
        redSingle, chart.response(total, redSingle));
  }

  private List<String> implausibilities(VitalSigns vitals) {
    ParameterChart spo2Chart = vitals.spo2Scale() == Spo2Scale.SCALE_2 ? chart.spo2Scale2() : chart.spo2Scale1();
    List<String> reasons = addIfPresent(null, chart.respRate().implausibility(vitals.respRate()));
    reasons = addIfPresent(reasons, spo2Chart.implausibility(vitals.spo2()));
    reasons = addIfPresent(reasons, chart.systolicBp().implausibility(vitals.systolicBp()));
    reasons = addIfPresent(reasons, chart.pulse().implausibility(vitals.pulse()));
    reasons = addIfPresent(reasons, chart.temperature().implausibility(vitals.temperature()));
    return reasons == null ? List.of() : reasons;
  }

  /** Allocates the list only for the rare bad observation: this runs once per observation on the monitor's hot path. */
  private static List<String> addIfPresent(List<String> reasons, String reason) {
    if (reason == null) {
      return reasons;
    }
    List<String> list = reasons == null ? new ArrayList<>(2) : reasons;
    list.add(reason);
    return list;
  }
}
