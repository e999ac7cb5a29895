package org.medtwin.twin.ranking;

/**
 * How candidates are simulated.
 *
 * @param draws virtual patients per drug (draws of the model's inter-individual variability)
 * @param seed the seed of those draws
 */
public record RankingSettings(int draws, long seed) {

  public RankingSettings {
    if (draws < 1 || draws > 100_000) {
      throw new IllegalArgumentException("draws " + draws + " must be 1-100000");
    }
  }

  /** 200 virtual patients per drug, seed 1. */
  public static RankingSettings defaults() {
    return new RankingSettings(200, 1);
  }
}
