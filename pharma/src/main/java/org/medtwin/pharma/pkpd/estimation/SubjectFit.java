package org.medtwin.pharma.pkpd.estimation;

import java.util.Map;

/**
 * One subject's result: its empirical Bayes etas (conditional modes) and the individual
 * parameters they give, both keyed by parameter name.
 */
public record SubjectFit(
    String id, Map<String, Double> eta, Map<String, Double> individualParameters) {

  /** Copies the maps, keeping their order. */
  public SubjectFit {
    eta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(eta));
    individualParameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(individualParameters));
  }
}
