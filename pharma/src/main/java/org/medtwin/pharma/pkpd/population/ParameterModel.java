package org.medtwin.pharma.pkpd.population;

import java.util.List;
import java.util.Set;

/**
 * The population model of one PK parameter: typical value, covariate effects, and whether it
 * carries inter-individual (eta) and inter-occasion (kappa) variability, both log-normal:
 * {@code P = typical · Π factor(covariate) · exp(eta + kappa)}.
 *
 * @param name one of cl, v1 (or v, its one-compartment alias), q2, v2, q3, v3, ka, f, tlag
 * @param typical typical value for the reference covariates
 * @param unit unit of the parameter (for reports)
 * @param effects covariate effects
 * @param iovVariance variance of the inter-occasion kappa, 0 when none
 */
public record ParameterModel(
    String name, double typical, String unit, List<CovariateEffect> effects, double iovVariance) {

  /** The PK parameter names a model may use. */
  public static final Set<String> NAMES =
      Set.of("cl", "v", "v1", "q2", "v2", "q3", "v3", "ka", "f", "tlag");

  /** The structural name: v is the one-compartment name of v1. */
  public String structuralName() {
    return name.equals("v") ? "v1" : name;
  }

  /** Guards the fields. */
  public ParameterModel {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "Unknown PK parameter '" + name + "'; expected one of " + NAMES + ".");
    }
    if (!(typical >= 0) || !Double.isFinite(typical)) {
      throw new IllegalArgumentException(
          "Typical value of " + name + " = " + typical + " must be finite and >= 0.");
    }
    if (!(iovVariance >= 0) || !Double.isFinite(iovVariance)) {
      throw new IllegalArgumentException(
          "Inter-occasion variance of " + name + " = " + iovVariance + " must be >= 0.");
    }
    effects = List.copyOf(effects);
  }

  /** Typical value for a patient's covariates (before random effects). */
  public double typicalFor(CovariateValues covariates) {
    double value = typical;
    for (CovariateEffect effect : effects) {
      value *= effect.factor(covariates.value(effect.covariate()));
    }
    return value;
  }
}
