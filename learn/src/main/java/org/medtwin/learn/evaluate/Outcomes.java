package org.medtwin.learn.evaluate;

/** Input guards shared by the metrics. */
final class Outcomes {

  private Outcomes() {}

  static void check(double[] risk, int[] outcome) {
    if (risk.length != outcome.length) {
      throw new IllegalArgumentException(
          risk.length + " risks but " + outcome.length + " outcomes; they must pair one to one.");
    }
    if (risk.length == 0) {
      throw new IllegalArgumentException("No predictions to evaluate. Maybe the test set is empty?");
    }
    for (int i = 0; i < risk.length; i++) {
      if (!(risk[i] >= 0 && risk[i] <= 1)) {
        throw new IllegalArgumentException("Risk " + risk[i] + " at position " + i + " is not a probability in [0, 1].");
      }
      if (outcome[i] != 0 && outcome[i] != 1) {
        throw new IllegalArgumentException("Outcome " + outcome[i] + " at position " + i + " is not 0 or 1.");
      }
    }
  }

  static void requireBoth(long events, long nonEvents) {
    if (events == 0 || nonEvents == 0) {
      throw new IllegalArgumentException("The outcomes hold " + events + " events and " + nonEvents
          + " non-events; discrimination needs both. Maybe the cohort or test set is too small?");
    }
  }
}
