package org.medtwin.twin.engine;

/** One change a fork tries on a twin, without touching the real one. */
public sealed interface ScenarioChange
    permits ScenarioChange.StartMedication, ScenarioChange.StopMedication, ScenarioChange.SetMeasurement {

  /** The change in words, kept in the forked twin. */
  String describe();

  /**
   * Start a medication.
   *
   * @param system code system
   * @param code code
   * @param display name
   * @param dosage dosage text
   */
  record StartMedication(String system, String code, String display, String dosage) implements ScenarioChange {
    @Override
    public String describe() {
      return "start " + display + (dosage == null ? "" : " " + dosage);
    }
  }

  /**
   * Stop every current medication whose code is this or whose name contains it.
   *
   * @param codeOrName an RxNorm code or part of the name
   */
  record StopMedication(String codeOrName) implements ScenarioChange {
    @Override
    public String describe() {
      return "stop " + codeOrName;
    }
  }

  /**
   * Suppose a measurement (e.g. a worse creatinine).
   *
   * @param code LOINC code
   * @param display name
   * @param value value
   * @param unit UCUM unit
   */
  record SetMeasurement(String code, String display, double value, String unit) implements ScenarioChange {
    @Override
    public String describe() {
      return "suppose " + display + " " + value + " " + unit;
    }
  }
}
