package org.medtwin.pharma.pkpd.population;

/** Covariate values of one patient at one time, by name. */
@FunctionalInterface
public interface CovariateValues {

  /**
   * The value of {@code name}.
   *
   * @throws IllegalArgumentException when the patient has no such covariate
   */
  double value(String name);
}
