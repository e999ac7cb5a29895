package org.medtwin.learn.pce;

/**
 * One person's inputs to the Pooled Cohort Equations: age in years, total and HDL cholesterol in
 * mg/dL, systolic blood pressure in mm Hg, whether it is treated, smoking and diabetes.
 */
public record PceInputs(
    double age,
    PceRace race,
    boolean male,
    double totalCholesterol,
    double hdl,
    double systolic,
    boolean treatedHypertension,
    boolean smoker,
    boolean diabetes) {

  /** Guards against values no measurement can have (the equations' own ranges are checked later). */
  public PceInputs {
    if (race == null) {
      throw new IllegalArgumentException("PCE race is null. Maybe use PceRace.WHITE_OR_OTHER.");
    }
    positive("age", age);
    positive("total cholesterol", totalCholesterol);
    positive("HDL cholesterol", hdl);
    positive("systolic blood pressure", systolic);
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("PCE " + name + " must be a positive number, got " + value + ".");
    }
  }
}
