package org.medtwin.fusion.link.index;

import org.medtwin.fusion.link.LinkSettings;
import org.medtwin.fusion.link.block.BlockingRule;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.standardize.Standardizer;

/**
 * How the master patient index links the store's patients.
 *
 * @param link the linker's settings (scope, blocking, comparisons, training seed, clustering)
 * @param phoneCountryCode the country code national phone numbers are read with ({@code 1})
 */
public record IndexSettings(LinkSettings link, String phoneCountryCode) {

  /** The default seed of model training. */
  public static final long DEFAULT_SEED = 20261125L;

  /**
   * Links across sources only (each source keeps one record per patient, as its MRN says), the
   * patient index's blocking rules, phones read as North American numbers.
   */
  public static IndexSettings defaults() {
    return new IndexSettings(link(DEFAULT_SEED), "1");
  }

  /** The default linker settings for the index, with the patient index's blocking rules. */
  public static LinkSettings link(long seed) {
    LinkSettings defaults = LinkSettings.defaults(PairScope.ACROSS_SOURCES, seed);
    return new LinkSettings(defaults.scope(), BlockingRule.patientIndex(),
        defaults.maxBucketSize(), defaults.comparisons(), defaults.training(),
        defaults.clustering(), BlockingRule.patientIndexTraining());
  }

  /** The standardizer these settings imply. */
  public Standardizer standardizer() {
    return Standardizer.standard(phoneCountryCode);
  }
}
