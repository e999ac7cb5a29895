package org.medtwin.fusion.link.cluster;

import java.util.Set;

/**
 * How scored pairs become persons.
 *
 * @param threshold pairs with a match probability at or above this are links
 * @param strongThreshold links at or above this hold a cluster together on their own; groups
 *     joined only by weaker links stay joined only when densely linked
 * @param minLinkDensity the share of cross pairs between two strongly linked groups that must be
 *     links for a weak connection to merge them (average-linkage test against chaining)
 * @param uniqueIdentifierAuthorities authorities that give each person one identifier per source
 *     (an MRN): two records of one source with different values from such an authority are never
 *     one person
 */
public record ClusterSettings(
    double threshold, double strongThreshold, double minLinkDensity,
    Set<String> uniqueIdentifierAuthorities) {

  public ClusterSettings {
    if (!(threshold > 0 && threshold < 1) || strongThreshold < threshold || strongThreshold > 1) {
      throw new IllegalArgumentException(
          "Thresholds must satisfy 0 < threshold (" + threshold + ") <= strong threshold ("
              + strongThreshold + ") <= 1.");
    }
    uniqueIdentifierAuthorities = Set.copyOf(uniqueIdentifierAuthorities);
  }

  /** Links at p >= 0.5, strong links at p >= 0.99, half the cross pairs to join weakly. */
  public static ClusterSettings defaults() {
    return new ClusterSettings(0.5, 0.99, 0.5, Set.of());
  }
}
