package org.medtwin.fusion.link.score;

import java.util.List;

/**
 * What expectation–maximisation estimated.
 *
 * @param parameters m and u per comparison
 * @param matchShare λ, the share of matches among the pairs EM saw
 * @param iterations iterations run
 * @param converged whether the tolerance was reached before the iteration limit
 */
public record EmResult(
    List<LevelProbabilities> parameters, double matchShare, int iterations, boolean converged) {

  public EmResult {
    parameters = List.copyOf(parameters);
  }
}
