package org.medtwin.fusion.link;

import java.util.List;
import org.medtwin.fusion.link.block.BlockingResult;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.cluster.Clustering;
import org.medtwin.fusion.link.score.FellegiSunterModel;
import org.medtwin.fusion.link.score.MatchWeight;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * The outcome of one linkage run.
 *
 * @param records the linked records, in input order (indices everywhere refer to this list)
 * @param blocking the candidate pairs and how blocking made them
 * @param pairs the scored pairs: blocking's, plus pairs a person confirmed that blocking missed
 * @param model the trained model
 * @param probability the match probability of every candidate pair, in pair order
 * @param clustering the persons
 */
public record LinkResult(
    List<PersonRecord> records, BlockingResult blocking, CandidatePairs pairs,
    FellegiSunterModel model,
    double[] probability, Clustering clustering) {

  /** The per-field weights of records {@code i} and {@code j}, blocked together or not. */
  public MatchWeight explain(int i, int j) {
    return model.explain(records.get(i), records.get(j));
  }
}
