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

  /** Covariates from a history read from data. */
  public PatientCovariates(CovariateHistory history) {
    this.history = history;
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
    if (name.equals("CRCL") && history.has("AGE") && history.has("WT") && history.has("SEX")
        && history.has("SCR")) {
      return CockcroftGault.clearance(history.valueAt("AGE", time), history.valueAt("WT", time),
          history.valueAt("SEX", time) == 1, history.valueAt("SCR", time));
    }
    throw new IllegalArgumentException(
        "Covariate " + name + " is missing; the patient has " + history.names() + "."
            + (name.equals("CRCL") ? " Maybe give AGE, WT, SEX (1 = female) and SCR (mg/dL) to"
                + " derive it by Cockcroft-Gault?" : ""));
  }

  /** Times at which any covariate changes. */
  public double[] changeTimes() {
    return history.changeTimes();
  }
}
