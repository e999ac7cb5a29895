package org.medtwin.fusion.link.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.compare.Comparison;
import org.medtwin.fusion.link.compare.StringComparison;
import org.medtwin.fusion.link.score.FellegiSunterModel;
import org.medtwin.fusion.link.score.LevelProbabilities;
import org.medtwin.fusion.link.score.TermFrequencies;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.store.StoreException;
import org.medtwin.store.person.ModelLevel;

/** Turns a trained model into store rows and back. */
final class StoredModel {

  private StoredModel() {}

  /** The model's m and u, one row per level. */
  static List<ModelLevel> levels(FellegiSunterModel model) {
    List<ModelLevel> levels = new ArrayList<>();
    for (int c = 0; c < model.parameters().size(); c++) {
      LevelProbabilities p = model.parameters().get(c);
      for (int level = 0; level < p.labels().size(); level++) {
        levels.add(new ModelLevel(
            c, p.comparison(), level, p.labels().get(level), p.m(level), p.u(level)));
      }
    }
    return levels;
  }

  /**
   * The stored model over the given comparisons, with term frequencies counted afresh over the
   * records (they change as records arrive; m and u do not need to).
   *
   * @throws StoreException when the stored levels do not fit the comparisons
   */
  static FellegiSunterModel restore(
      List<Comparison> comparisons, List<ModelLevel> levels, List<PersonRecord> records,
      double prior) {
    List<LevelProbabilities> parameters = new ArrayList<>();
    int row = 0;
    for (Comparison comparison : comparisons) {
      int n = comparison.labels().size();
      double[] m = new double[n];
      double[] u = new double[n];
      for (int level = 0; level < n; level++, row++) {
        if (row >= levels.size() || !levels.get(row).comparison().equals(comparison.name())
            || !levels.get(row).label().equals(comparison.labels().get(level))) {
          throw new StoreException("The stored linkage model does not fit this MedTwin's"
              + " comparisons (at " + comparison.name() + "). Run 'medtwin link --full'.");
        }
        m[level] = levels.get(row).m();
        u[level] = levels.get(row).u();
      }
      parameters.add(new LevelProbabilities(comparison.name(), comparison.labels(), m, u));
    }
    Map<Integer, TermFrequencies> termFrequencies = new HashMap<>();
    for (int c = 0; c < comparisons.size(); c++) {
      if (comparisons.get(c) instanceof StringComparison s && s.termFrequency()) {
        termFrequencies.put(c, TermFrequencies.count(s, records));
      }
    }
    return new FellegiSunterModel(comparisons, parameters, termFrequencies, prior);
  }
}
