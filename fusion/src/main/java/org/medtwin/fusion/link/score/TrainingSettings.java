package org.medtwin.fusion.link.score;

import java.util.List;

/**
 * How a model is trained.
 *
 * @param randomPairs random pairs drawn to estimate u
 * @param seed seed of the random pair draw
 * @param em the EM settings (iterations, fixed m or u)
 * @param uFromRandomPairs score with u from random pairs (true) or with EM's u among the
 *     candidate pairs (false)
 * @param labelledPairs pairs of known class that steer EM; may be empty
 */
public record TrainingSettings(
    int randomPairs, long seed, EmSettings em, boolean uFromRandomPairs,
    List<LabelledPair> labelledPairs) {

  public TrainingSettings {
    if (randomPairs < 1000) {
      throw new IllegalArgumentException(
          randomPairs + " random pairs are too few to estimate u. Maybe 200000?");
    }
    labelledPairs = List.copyOf(labelledPairs);
  }

  /** 200,000 random pairs, EM defaults, u from random pairs, no labels. */
  public static TrainingSettings defaults(long seed) {
    return new TrainingSettings(200_000, seed, EmSettings.defaults(), true, List.of());
  }
}
