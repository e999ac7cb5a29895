package org.medtwin.pharma.pkpd.simulation;

import java.util.Map;
import org.medtwin.pharma.pkpd.model.PkParameters;

/**
 * One simulated patient: covariates, sampled etas and the resulting parameters.
 *
 * @param index position in the virtual population
 * @param covariates covariate values
 * @param eta sampled etas in the model's IIV order
 * @param parameters individual PK parameters
 */
public record VirtualPatient(
    int index, Map<String, Double> covariates, double[] eta, PkParameters parameters) {}
