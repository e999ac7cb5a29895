package org.medtwin.twin.ranking;

import java.util.List;

/**
 * One candidate's result: excluded with reasons, or simulated and scored, with its rank and why.
 *
 * @param candidate the candidate
 * @param rank 1 for the best; excluded candidates come after every included one
 * @param excluded whether it is excluded
 * @param exclusions why it is excluded (empty when included)
 * @param efficacy probability of reaching the efficacy target over the simulated population (0-1), NaN if not simulated
 * @param toxicity probability of toxic exposure (0-1), NaN if not simulated
 * @param medianEfficacyMetric the median of the efficacy metric, NaN if not simulated
 * @param warnings interactions and contraindications that do not exclude, with their sources
 * @param risk toxicity plus 0.5 per major and 0.2 per moderate warning
 * @param paretoFront whether no other candidate has higher efficacy and lower risk
 * @param reason the rank in words
 */
public record RankedCandidate(
    Candidate candidate,
    int rank,
    boolean excluded,
    List<String> exclusions,
    double efficacy,
    double toxicity,
    double medianEfficacyMetric,
    List<String> warnings,
    double risk,
    boolean paretoFront,
    String reason) {

  public RankedCandidate {
    exclusions = List.copyOf(exclusions);
    warnings = List.copyOf(warnings);
  }
}
