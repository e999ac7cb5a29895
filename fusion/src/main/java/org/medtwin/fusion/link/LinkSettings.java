package org.medtwin.fusion.link;

import java.util.List;
import org.medtwin.fusion.link.block.BlockingRule;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.cluster.ClusterSettings;
import org.medtwin.fusion.link.compare.Comparison;
import org.medtwin.fusion.link.compare.Comparisons;
import org.medtwin.fusion.link.score.TrainingSettings;
import org.medtwin.fusion.link.standardize.Nicknames;

/**
 * Everything a linkage run needs to know, built once and passed in.
 *
 * @param scope which pairs count (across sources only, or all)
 * @param blockingRules rules whose candidate pairs are united
 * @param maxBucketSize blocking buckets above this size are skipped and reported
 * @param comparisons the field comparisons
 * @param training how m, u and the prior are estimated (with its seed)
 * @param clustering how scored pairs become persons
 * @param trainingRules rules whose pairs alone train the model, when broad rules among the
 *     blocking rules would flood EM with non-matches; empty to train on every candidate pair
 */
public record LinkSettings(
    PairScope scope, List<BlockingRule> blockingRules, int maxBucketSize,
    List<Comparison> comparisons, TrainingSettings training, ClusterSettings clustering,
    List<BlockingRule> trainingRules) {

  /** The default cap on a blocking bucket. */
  public static final int DEFAULT_MAX_BUCKET = 1000;

  public LinkSettings {
    blockingRules = List.copyOf(blockingRules);
    comparisons = List.copyOf(comparisons);
    trainingRules = List.copyOf(trainingRules);
  }

  /** Settings that train on every candidate pair. */
  public LinkSettings(
      PairScope scope, List<BlockingRule> blockingRules, int maxBucketSize,
      List<Comparison> comparisons, TrainingSettings training, ClusterSettings clustering) {
    this(scope, blockingRules, maxBucketSize, comparisons, training, clustering, List.of());
  }

  /** The default rules, comparisons, training and clustering for a scope, with a seed. */
  public static LinkSettings defaults(PairScope scope, long seed) {
    return new LinkSettings(
        scope, BlockingRule.defaults(), DEFAULT_MAX_BUCKET,
        Comparisons.defaults(Nicknames.standard()), TrainingSettings.defaults(seed),
        ClusterSettings.defaults());
  }
}
