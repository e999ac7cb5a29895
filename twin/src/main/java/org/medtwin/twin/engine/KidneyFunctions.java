package org.medtwin.twin.engine;

/** Derives kidney function from a twin's latest creatinine, age, sex and weight. */
final class KidneyFunctions {

  private KidneyFunctions() {}

  /** Kidney function, or null without a usable creatinine. */
  static KidneyFunction of(Demographics demographics, java.util.List<Measurement> measurements) {
    Measurement creatinine = latest(measurements, TwinAssembler.CREATININE_SERUM, TwinAssembler.CREATININE_BLOOD);
    if (creatinine == null) {
      return null;
    }
    double mgPerDl = KidneyFunction.toMgPerDl(creatinine.value(), creatinine.unit());
    if (Double.isNaN(mgPerDl) || mgPerDl <= 0) {
      return null;
    }
    Integer age = demographics.ageYears();
    boolean female = "female".equalsIgnoreCase(demographics.sex());
    boolean knownSex = female || "male".equalsIgnoreCase(demographics.sex());
    if (age == null || !knownSex) {
      return new KidneyFunction(mgPerDl, creatinine.time(), null, null,
          "creatinine only: the equations need age and sex (male or female)", creatinine.from());
    }
    Double egfr = age >= 18 ? KidneyFunction.ckdEpi2021(mgPerDl, age, female) : null;
    Measurement weight = latest(measurements, TwinAssembler.BODY_WEIGHT, null);
    Double clearance = null;
    if (weight != null && "kg".equals(weight.unit()) && age >= 18) {
      try {
        clearance = KidneyFunction.cockcroftGault(mgPerDl, age, weight.value(), female);
      } catch (IllegalArgumentException e) {
        clearance = null; // implausible weight or creatinine: the basis says which facts were used
      }
    }
    String basis = String.format(java.util.Locale.ROOT, "creatinine %.2f mg/dL on %s, age %d, %s%s", mgPerDl,
        creatinine.time(), age, female ? "female" : "male",
        weight == null ? ", no weight (no Cockcroft-Gault)" : String.format(java.util.Locale.ROOT, ", weight %.1f %s",
            weight.value(), weight.unit()));
    return new KidneyFunction(mgPerDl, creatinine.time(), egfr, clearance, basis, creatinine.from());
  }

  private static Measurement latest(java.util.List<Measurement> measurements, String code, String alternative) {
    Measurement best = null;
    for (Measurement measurement : measurements) {
      boolean wanted = measurement.code().equals(code) || measurement.code().equals(alternative);
      if (wanted && (best == null || measurement.time().isAfter(best.time()))) {
        best = measurement;
      }
    }
    return best;
  }
}
