package org.medtwin.fusion.link.score;

import java.util.Map;

/**
 * How expectation–maximisation runs.
 *
 * @param maxIterations the most iterations
 * @param tolerance stop when no m, u or λ moves by more than this
 * @param fixedM m values per comparison name that EM must not change (a person's prior
 *     knowledge, e.g. a national identifier's typo rate)
 * @param fixedU u values per comparison name that EM must not change
 */
public record EmSettings(
    int maxIterations, double tolerance, Map<String, double[]> fixedM, Map<String, double[]> fixedU) {

  public EmSettings {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("EM needs at least one iteration, got " + maxIterations + ".");
    }
    fixedM = Map.copyOf(fixedM);
    fixedU = Map.copyOf(fixedU);
  }

  /** 100 iterations, tolerance 1e-5, nothing fixed. */
  public static EmSettings defaults() {
    return new EmSettings(100, 1e-5, Map.of(), Map.of());
  }
}
