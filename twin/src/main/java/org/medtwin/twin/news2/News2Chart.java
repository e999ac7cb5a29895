package org.medtwin.twin.news2;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NEWS2 chart as data: every parameter's bands, the consciousness and air-or-oxygen scores,
 * the risk thresholds and the response at each trigger; loaded and validated by {@link News2ChartFile}.
 *
 * @param version the data file's version
 * @param source the citation the bands were written from
 * @param respRate respiration rate bands
 * @param spo2Scale1 SpO2 scale 1 bands
 * @param spo2Scale2 SpO2 scale 2 bands (some depend on oxygen)
 * @param systolicBp systolic blood pressure bands
 * @param pulse pulse bands
 * @param temperature temperature bands
 * @param airScore points on air
 * @param oxygenScore points on supplemental oxygen
 * @param consciousness points per ACVPU level
 * @param redSingleParameter the single-parameter score that raises risk to low-medium
 * @param mediumMinTotal the lowest aggregate in the medium band
 * @param highMinTotal the lowest aggregate in the high band
 * @param responses the Chart 4 rows by trigger name
 */
public record News2Chart(
    String version,
    String source,
    ParameterChart respRate,
    ParameterChart spo2Scale1,
    ParameterChart spo2Scale2,
    ParameterChart systolicBp,
    ParameterChart pulse,
    ParameterChart temperature,
    int airScore,
    int oxygenScore,
    Map<Consciousness, Integer> consciousness,
    int redSingleParameter,
    int mediumMinTotal,
    int highMinTotal,
    Map<String, ClinicalResponse> responses) {

  static final List<String> TRIGGERS =
      List.of("TOTAL_0", "TOTAL_1_TO_4", "RED_SINGLE_PARAMETER", "TOTAL_5_TO_6", "TOTAL_7_OR_MORE");

  public News2Chart {
    consciousness = new EnumMap<>(consciousness);
    responses = Map.copyOf(responses);
  }

  /** The Royal College of Physicians' 2017 chart shipped in MedTwin's resources. */
  public static News2Chart rcp2017() {
    return News2ChartFile.RCP_2017;
  }

  /** Points for a level of consciousness. */
  public int consciousnessScore(Consciousness level) {
    return consciousness.get(level);
  }

  /** The Chart 4 row for an aggregate score, given whether one parameter scored red. */
  public ClinicalResponse response(int total, boolean redSingle) {
    if (total >= highMinTotal) {
      return responses.get("TOTAL_7_OR_MORE");
    }
    if (total >= mediumMinTotal) {
      return responses.get("TOTAL_5_TO_6");
    }
    if (redSingle) {
      return responses.get("RED_SINGLE_PARAMETER");
    }
    return responses.get(total == 0 ? "TOTAL_0" : "TOTAL_1_TO_4");
  }

  /** The longest gap between observations at this response; empty for continuous monitoring. */
  public Optional<Duration> overdueAfter(ClinicalResponse response) {
    return response.overdueAfter();
  }
}
