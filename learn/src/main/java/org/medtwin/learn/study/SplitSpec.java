package org.medtwin.learn.study;

/**
 * How a study splits its persons: at random by person with a test fraction, or externally (train
 * on one source's persons, test on another's) when both sources are given.
 */
public record SplitSpec(double testFraction, String trainSource, String testSource) {

  /** A random 75/25 split by person. */
  public static final SplitSpec RANDOM = new SplitSpec(0.25, null, null);

  /** Guards that an external split names both sources. */
  public SplitSpec {
    if ((trainSource == null) != (testSource == null)) {
      throw new IllegalArgumentException("External validation needs both a training and a test source.");
    }
  }

  public boolean external() {
    return trainSource != null;
  }
}
