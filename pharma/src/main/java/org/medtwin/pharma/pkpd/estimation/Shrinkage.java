package org.medtwin.pharma.pkpd.estimation;

import java.util.Map;

/**
 * How far the individual estimates shrink toward the population (Savic and Karlsson 2009, AAPS J
 * 11:558-569): per eta {@code 1 - SD(eta_i) / omega}, and for the residuals {@code 1 - SD(IWRES)};
 * fractions, 0 is none, near 1 means the data say little about the individuals.
 */
public record Shrinkage(Map<String, Double> eta, double epsilon) {

  /** Copies the map, keeping its order. */
  public Shrinkage {
    eta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(eta));
  }
}
