package org.medtwin.fusion.link.score;

import java.util.List;

/**
 * The Fellegi–Sunter parameters of one comparison: for every level, m (how often a true match
 * lands there) and u (how often a non-match does). The missing level weighs nothing.
 *
 * @param comparison the comparison's name
 * @param labels the level labels, ending with "missing"
 * @param m the m probability per level (the missing level's entry is ignored)
 * @param u the u probability per level (the missing level's entry is ignored)
 */
public record LevelProbabilities(String comparison, List<String> labels, double[] m, double[] u) {

  public LevelProbabilities {
    labels = List.copyOf(labels);
    if (m.length != labels.size() || u.length != labels.size()) {
      throw new IllegalArgumentException(
          comparison + ": " + labels.size() + " levels but " + m.length + " m and " + u.length
              + " u values.");
    }
    m = m.clone();
    u = u.clone();
  }

  /** The index of the missing level. */
  public int missingLevel() {
    return labels.size() - 1;
  }

  /** The match weight {@code log2(m/u)} of a level; 0 for missing. */
  public double weight(int level) {
    if (level == missingLevel()) {
      return 0.0;
    }
    return log2(m[level] / u[level]);
  }

  /** The m probability of a level. */
  public double m(int level) {
    return m[level];
  }

  /** The u probability of a level. */
  public double u(int level) {
    return u[level];
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
