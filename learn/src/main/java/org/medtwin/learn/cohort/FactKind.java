package org.medtwin.learn.cohort;

/** The kinds of store facts cohorts and features read, with the table and columns each lives in. */
public enum FactKind {
  CONDITION("condition", "Condition", "onset", "code_system", "code", "code_display"),
  MEDICATION("medication_request", "MedicationRequest", "authored_on", "medication_system", "medication_code", "medication_display"),
  PROCEDURE("procedure_performed", "Procedure", "start_time", "code_system", "code", "code_display"),
  MEASUREMENT("observation", "Observation", "effective", "code_system", "code", "code_display"),
  ENCOUNTER("encounter", "Encounter", "start_time", "type_system", "type_code", "type_display");

  private final String table;
  private final String mergedType;
  private final String time;
  private final String system;
  private final String code;
  private final String display;

  FactKind(String table, String mergedType, String time, String system, String code, String display) {
    this.table = table;
    this.mergedType = mergedType;
    this.time = time;
    this.system = system;
    this.code = code;
    this.display = display;
  }

  /** The kind named in a definition file: condition, medication, procedure, measurement, encounter. */
  public static FactKind parse(String name, String where) {
    for (FactKind kind : values()) {
      if (kind.name().equalsIgnoreCase(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(where + ": unknown kind '" + name
        + "'. Maybe one of condition, medication, procedure, measurement, encounter?");
  }

  public String table() {
    return table;
  }

  /** The fact type the golden-record merge writes in {@code golden_fact_source}. */
  public String mergedType() {
    return mergedType;
  }

  public String time() {
    return time;
  }

  public String system() {
    return system;
  }

  public String code() {
    return code;
  }

  public String display() {
    return display;
  }

  /** The lower-case name used in files and feature names. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
