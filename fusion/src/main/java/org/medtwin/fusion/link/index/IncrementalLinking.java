package org.medtwin.fusion.link.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.medtwin.fusion.link.HumanDecisions;
import org.medtwin.fusion.link.LinkSettings;
import org.medtwin.fusion.link.block.Blocker;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.cluster.Clusterer;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.compare.ComparisonVectors;
import org.medtwin.fusion.link.score.FellegiSunterModel;
import org.medtwin.fusion.link.score.MatchWeight;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Places new and changed records into an existing index without re-linking everything: they are
 * blocked against all records, their pairs scored with the stored model, and only the persons
 * they link to are clustered again, together with them. Every other person stays as it is.
 *
 * <p>Blocking hashes all records again (linear and cheap); comparing and scoring, the costly
 * part, touch only the pairs of fresh records and the pairs inside the persons they reach.
 */
final class IncrementalLinking {

  private final LinkSettings settings;

  IncrementalLinking(LinkSettings settings) {
    this.settings = settings;
  }

  /**
   * Places the fresh records.
   *
   * @param fresh which records are new or changed since the index last placed them
   * @param earlierId each record's person before this run, or {@code null}
   */
  Placement place(
      List<PersonRecord> records, boolean[] fresh, List<String> earlierId,
      FellegiSunterModel model, HumanDecisions human) {
    CandidatePairs all = human.withConfirmed(
        new Blocker(settings.blockingRules(), settings.scope(), settings.maxBucketSize())
            .block(records).pairs());
    double threshold = settings.clustering().threshold();

    CandidatePairs touching = all.retain((i, j) -> fresh[i] || fresh[j]);
    double[] touchingProbability = score(model, records, touching);
    human.apply(touching, touchingProbability);
    Set<String> reached = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      if (fresh[i] && earlierId.get(i) != null) {
        reached.add(earlierId.get(i)); // a changed record may leave its person
      }
    }
    for (int k = 0; k < touching.size(); k++) {
      if (touchingProbability[k] >= threshold) {
        addPerson(reached, earlierId, touching.left(k));
        addPerson(reached, earlierId, touching.right(k));
      }
    }
    boolean[] replaced = new boolean[records.size()];
    for (int i = 0; i < records.size(); i++) {
      replaced[i] = fresh[i] || earlierId.get(i) != null && reached.contains(earlierId.get(i));
    }
    // Pairs of fresh records with records outside the reached persons are below the threshold,
    // so they are no links and the clusterer leaves those records alone.
    CandidatePairs local = all.retain((i, j) -> replaced[i] && replaced[j] || fresh[i] || fresh[j]);
    double[] probability = score(model, records, local);
    human.apply(local, probability);
    Clustering clustering = new Clusterer(settings.clustering())
        .cluster(records, local, probability, human.forbidden());
    List<int[]> clusters = new ArrayList<>();
    for (int[] cluster : clustering.clusters()) {
      if (replaced[cluster[0]]) {
        clusters.add(cluster);
      }
    }
    long compared = touching.size() + local.retain((i, j) -> !fresh[i] && !fresh[j]).size();
    return new Placement(
        clusters, Placement.bestProbability(records.size(), local, probability, clustering),
        compared, null, model.prior());
  }

  private static void addPerson(Set<String> reached, List<String> earlierId, int i) {
    if (earlierId.get(i) != null) {
      reached.add(earlierId.get(i));
    }
  }

  /** The match probability of every pair under the model. */
  static double[] score(FellegiSunterModel model, List<PersonRecord> records, CandidatePairs pairs) {
    ComparisonVectors vectors = ComparisonVectors.compute(model.comparisons(), records, pairs);
    double prior = model.priorWeight();
    double[] probability = new double[pairs.size()];
    IntStream.range(0, pairs.size()).parallel().forEach(k -> probability[k] =
        MatchWeight.probability(
            prior + model.weight(vectors, k, records.get(pairs.left(k)), records.get(pairs.right(k)))));
    return probability;
  }
}
