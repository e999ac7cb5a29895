package org.medtwin.fusion.link.cluster;

import java.util.List;

/**
 * Records grouped into persons.
 *
 * @param clusterOf the cluster index of every record
 * @param clusters the record indices of every cluster, each sorted, clusters in order of their
 *     first record
 * @param personIds the stable person id of every cluster
 * @param splits how many clusters were split against chaining or identifier conflicts
 */
public record Clustering(int[] clusterOf, List<int[]> clusters, List<String> personIds, int splits) {

  public Clustering {
    clusters = List.copyOf(clusters);
    personIds = List.copyOf(personIds);
  }

  /** The person id of record {@code i}. */
  public String personOf(int i) {
    return personIds.get(clusterOf[i]);
  }

  /** Whether two records are in one cluster. */
  public boolean together(int i, int j) {
    return clusterOf[i] == clusterOf[j];
  }
}
