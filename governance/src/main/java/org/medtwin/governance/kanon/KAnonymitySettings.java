package org.medtwin.governance.kanon;

import java.util.List;

/**
 * What k-anonymity must hold over: the declared quasi-identifiers, k, and the largest share of
 * records that may be suppressed instead of generalising everyone further.
 *
 * @param quasiIdentifiers the quasi-identifiers, at least one
 * @param k the smallest equivalence class allowed
 * @param maxSuppression the largest fraction of records that may be suppressed, 0 to 1
 */
public record KAnonymitySettings(
    List<QuasiIdentifier> quasiIdentifiers, int k, double maxSuppression) {

  /** The default k. */
  public static final int DEFAULT_K = 5;

  /** The default suppression limit: 5 % of the records. */
  public static final double DEFAULT_MAX_SUPPRESSION = 0.05;

  public KAnonymitySettings {
    quasiIdentifiers = List.copyOf(new java.util.LinkedHashSet<>(quasiIdentifiers));
    if (quasiIdentifiers.isEmpty()) {
      throw new IllegalArgumentException(
          "k-anonymity needs at least one quasi-identifier. Maybe birth_year,sex,zip3?");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k is " + k + "; it must be 1 or more.");
    }
    if (!(maxSuppression >= 0 && maxSuppression <= 1)) {
      throw new IllegalArgumentException(
          "The suppression limit is " + maxSuppression + "; it must be between 0 and 1.");
    }
  }

  /** k = 5 over birth year, sex, three-digit ZIP and state, with up to 5 % suppressed. */
  public static KAnonymitySettings standard() {
    return new KAnonymitySettings(
        List.of(QuasiIdentifier.values()), DEFAULT_K, DEFAULT_MAX_SUPPRESSION);
  }
}
