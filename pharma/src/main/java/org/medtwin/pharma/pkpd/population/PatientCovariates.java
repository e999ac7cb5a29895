package org.medtwin.pharma.pkpd.population;

import java.util.Map;
import org.medtwin.pharma.pkpd.data.CovariateHistory;

/**
 * A patient's covariates over time, with creatinine clearance derived by Cockcroft–Gault from
 * AGE, WT, SEX (1 = female) and SCR (mg/dL) when CRCL itself is not given. Values at a time follow
 * {@link CovariateHistory}'s rule: last observation carried forward.
 */
public final class PatientCovariates {

  private final CovariateHistory history;
  private final Map<String, Double> defaults;

  /** Covariates from a history read from data. */
  public PatientCovariates(CovariateHistory history) {
    this(history, Map.of());
  }

  private PatientCovariates(CovariateHistory history, Map<String, Double> defaults) {
    this.history = history;
    this.defaults = Map.copyOf(defaults);
  }

  /** The same covariates, with constant values for the names the history lacks. */
  public PatientCovariates withDefaults(Map<String, Double> values) {
    java.util.Map<String, Double> merged = new java.util.LinkedHashMap<>(defaults);
    merged.putAll(values);
    return new PatientCovariates(history, merged);
  }

  /** Covariates that do not change. */
  public static PatientCovariates constant(Map<String, Double> values) {
    return new PatientCovariates(CovariateHistory.constant(values));
  }

  /** The covariate history underneath. */
  public CovariateHistory history() {
    return history;
  }

  /** Values at {@code time}. */
  public CovariateValues at(double time) {
    return name -> value(name, time);
  }

  /**
   * The value of {@code name} at {@code time}.
   *
   * @throws IllegalArgumentException when the covariate is missing and cannot be derived
   */
  public double value(String name, double time) {
    if (history.has(name)) {
      return history.valueAt(name, time);
    }
    if (defaults.containsKey(name)) {
      return defaults.get(name);
    }
    if (name.equals("CRCL") && has("AGE") && has("WT") && has("SEX") && has("SCR")) {
      return CockcroftGault.clearance(value("AGE", time), value("WT", time),
          value("SEX", time) == 1, value("SCR", time));
    }
    throw new IllegalArgumentException(
        "Covariate " + name + " is missing; the patient has " + names() + "."
            + (name.equals("CRCL") ? " Maybe give AGE, WT, SEX (1 = female) and SCR (mg/dL) to"
                + " derive it by Cockcroft-Gault?" : ""));
  }

  /** True when the covariate is given (not derived). */
  public boolean has(String name) {
    return history.has(name) || defaults.containsKey(name);
  }

  /** Names of the covariates given. */
  public java.util.Set<String> names() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>(history.names());
    names.addAll(defaults.keySet());
    return names;
  }

  /** Times at which any covariate changes. */
  public double[] changeTimes() {
    return history.changeTimes();
  }
}
