package org.medtwin.pharma.pkpd.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;

/**
 * A population PK model as published: structure, typical values with covariate effects,
 * log-normal inter-individual variability with full covariance, inter-occasion variability,
 * residual error, units and citation.
 *
 * @param name library name, e.g. vancomycin-goti-2018
 * @param drug the drug
 * @param description one paragraph on the population and use
 * @param citation full reference of the publication
 * @param source where in the publication the values are (table), and any secondary source
 * @param notes caveats: unconfirmed values, ranges of validity
 * @param units units of parameters and predictions
 * @param structure compartments and absorption
 * @param parameters the parameter models by name
 * @param iiv inter-individual variability
 * @param residual residual error, empty when the publication gives none usable
 * @param covariates covariates the model needs, with units
 */
public record PopulationModel(
    String name,
    String drug,
    String description,
    String citation,
    String source,
    String notes,
    Units units,
    PkModel structure,
    Map<String, ParameterModel> parameters,
    RandomEffects iiv,
    Optional<ResidualError> residual,
    List<CovariateDefinition> covariates) {

  /** A covariate a model uses. */
  public record CovariateDefinition(String name, String unit, String description) {}

  /** Copies the collections and checks that the structure's parameters are all present. */
  public PopulationModel {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    covariates = List.copyOf(covariates);
    for (String required : requiredParameters(structure)) {
      if (!parameters.containsKey(required)
          && !(required.equals("v1") && parameters.containsKey("v"))) {
        throw new IllegalArgumentException(
            "Model " + name + " is a " + structure.compartments() + "-compartment model"
                + (structure.firstOrderAbsorption() ? " with absorption" : "")
                + " but has no parameter " + required + ".");
      }
    }
    for (String eta : iiv.parameters()) {
      if (!parameters.containsKey(eta)) {
        throw new IllegalArgumentException(
            "Model " + name + " has variability on " + eta + ", which is not a parameter.");
      }
    }
  }

  /** The parameters a structure needs. */
  public static List<String> requiredParameters(PkModel structure) {
    List<String> names = new ArrayList<>(List.of("cl", "v1"));
    if (structure.compartments() >= 2) {
      names.addAll(List.of("q2", "v2"));
    }
    if (structure.compartments() == 3) {
      names.addAll(List.of("q3", "v3"));
    }
    if (structure.firstOrderAbsorption()) {
      names.add("ka");
    }
    return names;
  }

  /** Parameters with inter-occasion variability, in kappa order. */
  public List<String> iovParameters() {
    List<String> names = new ArrayList<>();
    parameters.forEach((n, p) -> {
      if (p.iovVariance() > 0) {
        names.add(n);
      }
    });
    return names;
  }

  /** Typical parameters (all etas 0) for the given covariates. */
  public PkParameters typical(CovariateValues covariates) {
    return individual(covariates, new double[iiv.size()], new double[iovParameters().size()]);
  }

  /**
   * Individual parameters for covariates, etas (in {@link RandomEffects#parameters()} order) and
   * kappas of the current occasion (in {@link #iovParameters()} order).
   */
  public PkParameters individual(CovariateValues covariates, double[] eta, double[] kappa) {
    Map<String, Double> values = new LinkedHashMap<>();
    List<String> iovNames = iovParameters();
    for (ParameterModel p : parameters.values()) {
      double value = p.typicalFor(covariates);
      int e = iiv.parameters().indexOf(p.name());
      int k = iovNames.indexOf(p.name());
      double random = (e >= 0 ? eta[e] : 0) + (k >= 0 ? kappa[k] : 0);
      values.put(p.structuralName(), random == 0 ? value : value * Math.exp(random));
    }
    return new PkParameters(
        values.getOrDefault("cl", 0.0), values.getOrDefault("v1", 0.0),
        values.getOrDefault("q2", 0.0), values.getOrDefault("v2", 0.0),
        values.getOrDefault("q3", 0.0), values.getOrDefault("v3", 0.0),
        values.getOrDefault("ka", 0.0), values.getOrDefault("f", 1.0),
        values.getOrDefault("tlag", 0.0));
  }

  /** Covariate names the parameter models read. */
  public List<String> covariateNames() {
    List<String> names = new ArrayList<>();
    for (ParameterModel p : parameters.values()) {
      for (CovariateEffect e : p.effects()) {
        if (!names.contains(e.covariate())) {
          names.add(e.covariate());
        }
      }
    }
    return names;
  }
}
