package org.medtwin.twin.news2;

import java.util.Objects;

/**
 * One set of bedside observations as NEWS2 scores them; values are as measured (not yet validated).
 *
 * @param respRate breaths per minute
 * @param spo2 oxygen saturation in percent
 * @param spo2Scale which SpO2 scale applies to this patient
 * @param onOxygen whether the patient breathes supplemental oxygen
 * @param systolicBp systolic blood pressure in mmHg
 * @param pulse beats per minute
 * @param consciousness ACVPU level
 * @param temperature degrees Celsius
 */
public record VitalSigns(
    double respRate,
    double spo2,
    Spo2Scale spo2Scale,
    boolean onOxygen,
    double systolicBp,
    double pulse,
    Consciousness consciousness,
    double temperature) {

  public VitalSigns {
    Objects.requireNonNull(spo2Scale, "spo2Scale");
    Objects.requireNonNull(consciousness, "consciousness");
  }
}
