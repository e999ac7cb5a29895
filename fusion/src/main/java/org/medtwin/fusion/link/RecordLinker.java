package org.medtwin.fusion.link;

import java.util.List;
import java.util.stream.IntStream;
import org.medtwin.fusion.link.block.Blocker;
import org.medtwin.fusion.link.block.BlockingResult;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.cluster.Clusterer;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.compare.ComparisonVectors;
import org.medtwin.fusion.link.score.FellegiSunterModel;
import org.medtwin.fusion.link.score.MatchWeight;
import org.medtwin.fusion.link.score.ModelTrainer;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Links standardized person records into persons: block, compare, train a Fellegi–Sunter model
 * by EM, score every candidate pair, cluster.
 */
public final class RecordLinker {

  private final LinkSettings settings;

  /** A linker with the given settings. */
  public RecordLinker(LinkSettings settings) {
    this.settings = settings;
  }

  /**
   * Links the records.
   *
   * @throws IllegalArgumentException when fewer than two records are given
   */
  public LinkResult link(List<PersonRecord> records) {
    return link(records, List.of());
  }

  /**
   * Links the records obeying human decisions: a confirmed pair is scored certain (and is a
   * candidate even when no blocking rule offers it), a split pair is scored impossible and its
   * records never end in one person.
   *
   * @param decisions decisions oldest first; on one pair the last holds
   * @throws IllegalArgumentException when fewer than two records are given
   */
  public LinkResult link(List<PersonRecord> records, List<PairDecision> decisions) {
    if (records.size() < 2) {
      throw new IllegalArgumentException(
          "Linkage needs at least two records, got " + records.size() + ".");
    }
    BlockingResult blocking =
        new Blocker(settings.blockingRules(), settings.scope(), settings.maxBucketSize())
            .block(records);
    HumanDecisions human = new HumanDecisions(records, decisions);
    CandidatePairs pairs = human.withConfirmed(blocking.pairs());
    ComparisonVectors vectors = ComparisonVectors.compute(settings.comparisons(), records, pairs);
    FellegiSunterModel model = train(records, pairs, vectors);
    double priorWeight = model.priorWeight();
    double[] probability = new double[pairs.size()];
    IntStream.range(0, pairs.size()).parallel().forEach(k -> {
      double weight =
          model.weight(vectors, k, records.get(pairs.left(k)), records.get(pairs.right(k)));
      probability[k] = MatchWeight.probability(priorWeight + weight);
    });
    human.apply(pairs, probability);
    Clustering clustering = new Clusterer(settings.clustering())
        .cluster(records, pairs, probability, human.forbidden());
    return new LinkResult(List.copyOf(records), blocking, pairs, model, probability, clustering);
  }

  /** Trains on the candidate pairs, or on the training rules' pairs when there are such rules. */
  private FellegiSunterModel train(
      List<PersonRecord> records, CandidatePairs pairs, ComparisonVectors vectors) {
    if (settings.trainingRules().isEmpty()) {
      return ModelTrainer.train(
          settings.comparisons(), records, settings.scope(), pairs, vectors, settings.training());
    }
    CandidatePairs training =
        new Blocker(settings.trainingRules(), settings.scope(), settings.maxBucketSize())
            .block(records).pairs();
    return ModelTrainer.train(settings.comparisons(), records, settings.scope(), training,
        ComparisonVectors.select(settings.comparisons(), records, pairs, vectors, training),
        settings.training());
  }
}
