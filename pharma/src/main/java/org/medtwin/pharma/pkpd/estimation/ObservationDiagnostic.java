package org.medtwin.pharma.pkpd.estimation;

/**
 * The goodness-of-fit values of one observation.
 *
 * @param subjectId the subject
 * @param time the observation time
 * @param observed DV
 * @param pred the population prediction (all etas zero)
 * @param ipred the individual prediction at the subject's conditional mode
 * @param iwres (DV - IPRED) / residual SD at IPRED
 * @param cwres the conditional weighted residual (Hooker, Staatz and Karlsson 2007, Pharm Res
 *     24:2187-2197): the subject's residuals around the model linearised at its mode, decorrelated
 *     by the inverse square root of their FOCE covariance
 */
public record ObservationDiagnostic(
    String subjectId,
    double time,
    double observed,
    double pred,
    double ipred,
    double iwres,
    double cwres) {}
