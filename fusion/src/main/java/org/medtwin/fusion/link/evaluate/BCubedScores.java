package org.medtwin.fusion.link.evaluate;

/**
 * B-cubed cluster scores (Bagga and Baldwin, 1998): per record, the share of its predicted
 * cluster that truly belongs with it (precision) and the share of its true cluster that was
 * found with it (recall), averaged over records.
 *
 * @param precision mean per-record precision
 * @param recall mean per-record recall
 */
public record BCubedScores(double precision, double recall) {

  /** The harmonic mean. */
  public double f1() {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }

  @Override
  public String toString() {
    return String.format("B3 P=%.4f R=%.4f F1=%.4f", precision, recall, f1());
  }
}
