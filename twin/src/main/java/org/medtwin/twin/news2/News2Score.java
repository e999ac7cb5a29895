package org.medtwin.twin.news2;

/**
 * A NEWS2 score: the seven sub-scores, their total and what the total asks for.
 *
 * @param respRate respiration rate sub-score
 * @param spo2 oxygen saturation sub-score on the patient's scale
 * @param airOrOxygen 2 on supplemental oxygen, 0 on air
 * @param systolicBp systolic blood pressure sub-score
 * @param pulse pulse sub-score
 * @param consciousness 0 alert, 3 for new confusion, voice, pain or unresponsive
 * @param temperature temperature sub-score
 * @param total the aggregate, 0 to 20
 * @param redSingleParameter whether any one parameter scored 3
 * @param response the risk band, monitoring frequency and clinical response
 */
public record News2Score(
    int respRate,
    int spo2,
    int airOrOxygen,
    int systolicBp,
    int pulse,
    int consciousness,
    int temperature,
    int total,
    boolean redSingleParameter,
    ClinicalResponse response)
    implements News2Assessment {

  /** The clinical risk band. */
  public ClinicalRisk risk() {
    return response.risk();
  }
}
