package org.medtwin.fusion.quality;

import java.util.Map;

/**
 * What one check type (or one instance of it) may tolerate: the largest share of violating rows, in
 * percent, that still passes, and the rule's named parameters (years, standard deviations, ...).
 */
public record Threshold(double maxPercent, Map<String, Double> parameters) {

  public Threshold {
    if (!(maxPercent >= 0 && maxPercent <= 100)) {
      throw new IllegalArgumentException("maxPercent " + maxPercent + " must be in [0, 100].");
    }
    parameters = Map.copyOf(parameters);
  }
}
