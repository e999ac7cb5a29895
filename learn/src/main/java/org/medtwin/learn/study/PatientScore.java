package org.medtwin.learn.study;

import java.util.List;

/**
 * A patient's score: the model id, the risk, a 95% interval for it (the observed event rate, with
 * Wilson's interval, among the model's test persons of the same risk decile), the explanation and
 * the index date the features were taken at.
 */
public record PatientScore(String modelId, String personId, String indexDate, double risk, double low, double high,
    String intervalBasis, double baselineLogOdds, List<Contribution> explanation) {}
