package org.medtwin.pharma.pkpd.dosefinding;

import java.util.List;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;

/**
 * The outcome of dose optimisation: the best regimen, the runners-up, and why the best was chosen.
 *
 * @param targets the targets every option is judged against
 * @param best the recommended regimen
 * @param runnersUp the next best options, best first
 * @param reason a sentence a clinician can read: probability, medians and what separated the top
 *     two
 * @param candidates number of regimens evaluated
 * @param draws number of posterior (or population) parameter draws behind each probability
 */
public record DosingRecommendation(
    List<ExposureTarget> targets, RegimenOption best, List<RegimenOption> runnersUp,
    String reason, int candidates, int draws) {

  /** Copies the lists. */
  public DosingRecommendation {
    targets = List.copyOf(targets);
    runnersUp = List.copyOf(runnersUp);
  }
}
