package org.medtwin.twin.news2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every band edge of the RCP NEWS2 chart (Royal College of Physicians, NEWS2, 2017, Chart 1), on both
 * sides. Expected scores are read off the printed chart, not from MedTwin's data file.
 */
class News2ScorerTest {

  private final News2Scorer scorer = News2Scorer.rcp2017();

  /** Scores 0 in every parameter: RR 16, SpO2 97 (scale 1, air), SBP 120, pulse 70, alert, 37.0 C. */
  static VitalSigns normal() {
    return new VitalSigns(16, 97, Spo2Scale.SCALE_1, false, 120, 70, Consciousness.ALERT, 37.0);
  }

  private News2Score score(VitalSigns vitals) {
    News2Assessment assessment = scorer.assess(vitals);
    assertThat(assessment).isInstanceOf(News2Score.class);
    return (News2Score) assessment;
  }

  @Test
  void normalObservationsScoreZeroAndLowRisk_withTwelveHourlyMonitoring() {
    News2Score score = score(normal());
    assertThat(score.total()).isZero();
    assertThat(score.risk()).isEqualTo(ClinicalRisk.LOW);
    assertThat(score.response().monitoring()).isEqualTo("Minimum 12 hourly");
    assertThat(score.response().overdueAfter()).hasValue(java.time.Duration.ofHours(12));
  }

  @ParameterizedTest(name = "resp rate {0} scores {1}")
  @CsvSource({"0,3", "8,3", "9,1", "11,1", "12,0", "20,0", "21,2", "24,2", "25,3", "80,3"})
  void respirationRate_scoresEachChartBandAtBothEdges(double rate, int expected) {
    VitalSigns v = normal();
    assertThat(score(new VitalSigns(rate, v.spo2(), v.spo2Scale(), false, v.systolicBp(), v.pulse(),
        v.consciousness(), v.temperature())).respRate()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "SpO2 scale 1 {0}% on oxygen {1} scores {2}")
  @CsvSource({"91,false,3", "92,false,2", "93,false,2", "94,false,1", "95,false,1", "96,false,0", "100,false,0",
      "91,true,3", "92,true,2", "93,true,2", "94,true,1", "95,true,1", "96,true,0", "100,true,0", "0,false,3"})
  void spo2Scale1_scoresEachBandAtBothEdges_whateverTheOxygen(double spo2, boolean onOxygen, int expected) {
    VitalSigns v = normal();
    News2Score score = score(new VitalSigns(v.respRate(), spo2, Spo2Scale.SCALE_1, onOxygen, v.systolicBp(),
        v.pulse(), v.consciousness(), v.temperature()));
    assertThat(score.spo2()).isEqualTo(expected);
    assertThat(score.airOrOxygen()).isEqualTo(onOxygen ? 2 : 0);
  }

  @ParameterizedTest(name = "SpO2 scale 2 {0}% on oxygen {1} scores {2}")
  @CsvSource({
      "83,false,3", "84,false,2", "85,false,2", "86,false,1", "87,false,1", "88,false,0", "92,false,0",
      "93,false,0", "94,false,0", "96,false,0", "97,false,0", "100,false,0",
      "83,true,3", "84,true,2", "85,true,2", "86,true,1", "87,true,1", "88,true,0", "92,true,0",
      "93,true,1", "94,true,1", "95,true,2", "96,true,2", "97,true,3", "100,true,3"})
  void news2_scoresSpO2OnScale2_withItsOnOxygenRulesAbove92(double spo2, boolean onOxygen, int expected) {
    VitalSigns v = normal();
    News2Score score = score(new VitalSigns(v.respRate(), spo2, Spo2Scale.SCALE_2, onOxygen, v.systolicBp(),
        v.pulse(), v.consciousness(), v.temperature()));
    assertThat(score.spo2()).isEqualTo(expected);
    assertThat(score.airOrOxygen()).isEqualTo(onOxygen ? 2 : 0);
  }

  @ParameterizedTest(name = "systolic {0} scores {1}")
  @CsvSource({"0,3", "90,3", "91,2", "100,2", "101,1", "110,1", "111,0", "219,0", "220,3", "300,3"})
  void systolicPressure_scoresEachChartBandAtBothEdges(double systolic, int expected) {
    VitalSigns v = normal();
    assertThat(score(new VitalSigns(v.respRate(), v.spo2(), v.spo2Scale(), false, systolic, v.pulse(),
        v.consciousness(), v.temperature())).systolicBp()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "pulse {0} scores {1}")
  @CsvSource({"0,3", "40,3", "41,1", "50,1", "51,0", "90,0", "91,1", "110,1", "111,2", "130,2", "131,3", "250,3"})
  void pulse_scoresEachChartBandAtBothEdges(double pulse, int expected) {
    VitalSigns v = normal();
    assertThat(score(new VitalSigns(v.respRate(), v.spo2(), v.spo2Scale(), false, v.systolicBp(), pulse,
        v.consciousness(), v.temperature())).pulse()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "temperature {0} scores {1}")
  @CsvSource({"30.0,3", "35.0,3", "35.1,1", "36.0,1", "36.1,0", "38.0,0", "38.1,1", "39.0,1", "39.1,2", "42.0,2"})
  void temperature_scoresEachChartBandAtBothEdges(double temperature, int expected) {
    VitalSigns v = normal();
    assertThat(score(new VitalSigns(v.respRate(), v.spo2(), v.spo2Scale(), false, v.systolicBp(), v.pulse(),
        v.consciousness(), temperature)).temperature()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "consciousness {0} scores {1}")
  @CsvSource({"A,0", "C,3", "V,3", "P,3", "U,3"})
  void consciousness_scoresNewConfusionLikeVoicePainUnresponsive(String letter, int expected) {
    VitalSigns v = normal();
    assertThat(score(new VitalSigns(v.respRate(), v.spo2(), v.spo2Scale(), false, v.systolicBp(), v.pulse(),
        Consciousness.fromLetter(letter), v.temperature())).consciousness()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} rounds into the band scoring {1}")
  @CsvSource({"38.05,1", "38.04,0", "35.05,1", "35.04,3", "39.05,2", "36.05,0"})
  void temperature_finerThanOneDecimal_roundsHalfUpBeforeBanding(double temperature, int expected) {
    // 38.05 -> 38.1 (38.1-39.0 scores 1); 38.04 -> 38.0 (36.1-38.0 scores 0); 35.05 -> 35.1 scores 1;
    // 35.04 -> 35.0 scores 3; 39.05 -> 39.1 scores 2; 36.05 -> 36.1 scores 0.
    VitalSigns v = normal();
    assertThat(score(new VitalSigns(v.respRate(), v.spo2(), v.spo2Scale(), false, v.systolicBp(), v.pulse(),
        v.consciousness(), temperature)).temperature()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "resp rate {0} rounds into the band scoring {1}")
  @CsvSource({"11.5,0", "11.49,1", "8.5,1", "8.4,3", "20.5,2", "24.5,3"})
  void respirationRate_betweenWholeNumbers_roundsHalfUpBeforeBanding(double rate, int expected) {
    VitalSigns v = normal();
    assertThat(score(new VitalSigns(rate, v.spo2(), v.spo2Scale(), false, v.systolicBp(), v.pulse(),
        v.consciousness(), v.temperature())).respRate()).isEqualTo(expected);
  }

  @Test
  void riskBands_followChart2AndChart4() {
    // Aggregate 1-4, no red: RR 21 (2) + pulse 91 (1) + temp 38.1 (1) = 4 -> low, 4-6 hourly.
    News2Score four = score(new VitalSigns(21, 97, Spo2Scale.SCALE_1, false, 120, 91, Consciousness.ALERT, 38.1));
    assertThat(four.total()).isEqualTo(4);
    assertThat(four.risk()).isEqualTo(ClinicalRisk.LOW);
    assertThat(four.response().monitoring()).isEqualTo("Minimum 4-6 hourly");
    // Single red: new confusion (3), aggregate 3 -> low-medium, 1 hourly.
    News2Score red = score(new VitalSigns(16, 97, Spo2Scale.SCALE_1, false, 120, 70, Consciousness.NEW_CONFUSION, 37));
    assertThat(red.total()).isEqualTo(3);
    assertThat(red.redSingleParameter()).isTrue();
    assertThat(red.risk()).isEqualTo(ClinicalRisk.LOW_MEDIUM);
    assertThat(red.response().monitoring()).isEqualTo("Minimum 1 hourly");
    // Aggregate 5: oxygen (2) + SpO2 93 scale 1 (2) + pulse 91 (1) -> medium.
    News2Score five = score(new VitalSigns(16, 93, Spo2Scale.SCALE_1, true, 120, 91, Consciousness.ALERT, 37));
    assertThat(five.total()).isEqualTo(5);
    assertThat(five.risk()).isEqualTo(ClinicalRisk.MEDIUM);
    // Aggregate 6 with a red parameter stays medium: SBP 90 (3) + RR 21 (2) + pulse 91 (1).
    News2Score six = score(new VitalSigns(21, 97, Spo2Scale.SCALE_1, false, 90, 91, Consciousness.ALERT, 37));
    assertThat(six.total()).isEqualTo(6);
    assertThat(six.risk()).isEqualTo(ClinicalRisk.MEDIUM);
    // Aggregate 7 -> high, continuous monitoring: SBP 90 (3) + RR 21 (2) + pulse 111 (2).
    News2Score seven = score(new VitalSigns(21, 97, Spo2Scale.SCALE_1, false, 90, 111, Consciousness.ALERT, 37));
    assertThat(seven.total()).isEqualTo(7);
    assertThat(seven.risk()).isEqualTo(ClinicalRisk.HIGH);
    assertThat(seven.response().monitoring()).isEqualTo("Continuous monitoring of vital signs");
    assertThat(seven.response().overdueAfter()).isEmpty();
  }

  @Test
  void maximumAggregate_isTwenty() {
    // 3 (RR) + 3 (SpO2) + 2 (oxygen) + 3 (SBP) + 3 (pulse) + 3 (U) + 3 (temp) = 20, the chart's maximum.
    News2Score worst = score(new VitalSigns(6, 80, Spo2Scale.SCALE_1, true, 70, 150, Consciousness.UNRESPONSIVE, 34));
    assertThat(worst.total()).isEqualTo(20);
    assertThat(worst.risk()).isEqualTo(ClinicalRisk.HIGH);
  }

  @Test
  void impossibleValues_areRejectedWithReasonsNotScored() {
    VitalSigns v = normal();
    News2Assessment spo2 = scorer.assess(new VitalSigns(v.respRate(), 140, v.spo2Scale(), false, v.systolicBp(),
        -5, v.consciousness(), v.temperature()));
    assertThat(spo2).isInstanceOf(RejectedVitalSigns.class);
    assertThat(((RejectedVitalSigns) spo2).reasons())
        .anySatisfy(r -> assertThat(r).contains("spo2").contains("140"))
        .anySatisfy(r -> assertThat(r).contains("pulse").contains("-5"));
    assertThat(scorer.assess(new VitalSigns(Double.NaN, 97, Spo2Scale.SCALE_1, false, 120, 70,
        Consciousness.ALERT, 37))).isInstanceOf(RejectedVitalSigns.class);
    assertThat(scorer.assess(new VitalSigns(16, 97, Spo2Scale.SCALE_1, false, 120, 70, Consciousness.ALERT, 370)))
        .isInstanceOf(RejectedVitalSigns.class);
    assertThat(scorer.assess(new VitalSigns(16, 100.4, Spo2Scale.SCALE_1, false, 120, 70, Consciousness.ALERT, 37)))
        .isInstanceOf(RejectedVitalSigns.class);
  }
}
