package org.medtwin.fusion.link.index;

/** Hears which step a linkage run of the store has reached, for a progress bar. */
@FunctionalInterface
public interface LinkProgress {

  /** Hears nothing. */
  LinkProgress NONE = (step, steps, name) -> { };

  /**
   * A step began.
   *
   * @param step the step's number, from 1
   * @param steps how many steps the run has
   * @param name what the step does, for a person to read
   */
  void step(int step, int steps, String name);
}
