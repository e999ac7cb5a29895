package org.medtwin.fusion.link.evaluate;

/**
 * Pairwise agreement with the truth: a predicted pair is true when both records belong to one
 * true person; every true pair counts, including those blocking never offered.
 *
 * @param truePositives predicted pairs that are true
 * @param falsePositives predicted pairs that are not
 * @param falseNegatives true pairs not predicted
 */
public record PairwiseScores(long truePositives, long falsePositives, long falseNegatives) {

  /** TP / (TP + FP); 1 when nothing was predicted. */
  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : truePositives / (double) predicted;
  }

  /** TP / (TP + FN); 1 when there is nothing to find. */
  public double recall() {
    long actual = truePositives + falseNegatives;
    return actual == 0 ? 1.0 : truePositives / (double) actual;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        "P=%.4f R=%.4f F1=%.4f (TP %d, FP %d, FN %d)", precision(), recall(), f1(), truePositives,
        falsePositives, falseNegatives);
  }
}
