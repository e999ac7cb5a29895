package org.medtwin.pharma.pkpd.estimation;

import java.util.Map;
import java.util.Optional;

/**
 * Standard errors of the estimates from the covariance step, keyed like the estimates, or the
 * reason there are none.
 *
 * @param covariance how the covariance matrix was formed: {@code "sandwich"} (R^-1 S R^-1, NONMEM's
 *     and nlmixr2's default) or {@code "none"}
 * @param theta SE of each typical value, natural scale
 * @param omega SE of each eta variance
 * @param sigma SE of each residual SD
 * @param failure why the covariance step failed, when it did
 */
public record StandardErrors(
    String covariance,
    Map<String, Double> theta,
    Map<String, Double> omega,
    Map<String, Double> sigma,
    Optional<String> failure) {

  /** Copies the maps, keeping their order. */
  public StandardErrors {
    theta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(theta));
    omega = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(omega));
    sigma = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sigma));
  }

  /** No standard errors, for the given reason. */
  public static StandardErrors failed(String reason) {
    return new StandardErrors("none", Map.of(), Map.of(), Map.of(), Optional.of(reason));
  }

  /** Whether the covariance step produced standard errors. */
  public boolean available() {
    return failure.isEmpty();
  }
}
