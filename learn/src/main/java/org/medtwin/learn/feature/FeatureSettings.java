package org.medtwin.learn.feature;

import java.util.List;

/**
 * How features are made: the look-back windows for codes and visits in days (null = any time
 * before the index), and the fewest training persons a code or measurement must occur in to become a
 * column.
 */
public record FeatureSettings(List<Integer> windows, int minPersons) {

  /** Any time, the last 365 days and the last 30 days; a column needs 5 training persons. */
  public static final FeatureSettings DEFAULT = new FeatureSettings(java.util.Arrays.asList(null, 365, 30), 5);

  /** Guards the parts. */
  public FeatureSettings {
    windows = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(windows));
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("At least one feature window is needed.");
    }
    if (minPersons < 1) {
      throw new IllegalArgumentException("minPersons must be at least 1, got " + minPersons + ".");
    }
  }
}
