package org.medtwin.twin.engine;

import java.time.Instant;
import java.util.List;

/**
 * A patient's digital twin at one moment: the record's current state as models need it, and the
 * models that apply. Immutable; a change makes a new {@link TwinVersion}.
 *
 * @param patientId the person (or source patient) id it was assembled for
 * @param asOf the moment it describes
 * @param demographics sex, birth date, age
 * @param conditions current conditions
 * @param allergies allergies and intolerances
 * @param medications active medications
 * @param measurements the latest value of each numeric observation
 * @param kidney kidney function from the latest creatinine, or null without one
 * @param models the models that apply, with why
 * @param scenario for a fork, the changes it tries, in words; empty for the real patient
 */
public record PatientTwin(
    String patientId,
    Instant asOf,
    Demographics demographics,
    List<TwinCondition> conditions,
    List<TwinAllergy> allergies,
    List<TwinMedication> medications,
    List<Measurement> measurements,
    KidneyFunction kidney,
    List<ApplicableModel> models,
    List<String> scenario) {

  public PatientTwin {
    conditions = List.copyOf(conditions);
    allergies = List.copyOf(allergies);
    medications = List.copyOf(medications);
    measurements = List.copyOf(measurements);
    models = List.copyOf(models);
    scenario = List.copyOf(scenario);
  }

  /** The latest measurement with this LOINC code, or null. */
  public Measurement measurement(String loinc) {
    for (Measurement measurement : measurements) {
      if (measurement.code().equals(loinc)) {
        return measurement;
      }
    }
    return null;
  }

  /** Whether the stored sex is female (models with sex terms need it). */
  public boolean female() {
    return "female".equalsIgnoreCase(demographics.sex());
  }
}
