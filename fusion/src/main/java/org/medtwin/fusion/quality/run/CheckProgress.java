package org.medtwin.fusion.quality.run;

/** Told after each check instance, so a command line can draw a progress bar. */
@FunctionalInterface
public interface CheckProgress {

  /** No progress shown. */
  CheckProgress NONE = (done, total, checkId) -> {};

  /** {@code done} of {@code total} instances ran; {@code checkId} is the one that just finished. */
  void update(int done, int total, String checkId);
}
