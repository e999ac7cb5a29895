package org.medtwin.pharma.pkpd.estimation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a population fit: estimates with standard errors, the objective function value,
 * per-subject estimates, per-observation diagnostics, shrinkage and any warnings.
 *
 * @param method the estimation method, {@code "FOCE-I"}
 * @param model the parameter model that was fitted
 * @param estimates the final parameter values
 * @param ofv the objective function value, -2 log likelihood without the constant n log(2 pi)
 * @param observations the number of observations fitted
 * @param converged whether the optimiser reached its final trust-region radius in its budget
 * @param evaluations how many times the OFV was evaluated
 * @param standardErrors the covariance step's result
 * @param subjects each subject's etas and individual parameters
 * @param diagnostics one row per observation
 * @param shrinkage eta and epsilon shrinkage
 * @param warnings things a reader of the result should know (non-convergence, failed covariance)
 */
public record PopulationFit(
    String method,
    FitModel model,
    PopulationParameters estimates,
    double ofv,
    int observations,
    boolean converged,
    int evaluations,
    StandardErrors standardErrors,
    List<SubjectFit> subjects,
    List<ObservationDiagnostic> diagnostics,
    Shrinkage shrinkage,
    List<String> warnings) {

  /** Copies the lists. */
  public PopulationFit {
    subjects = List.copyOf(subjects);
    diagnostics = List.copyOf(diagnostics);
    warnings = List.copyOf(warnings);
  }

  /**
   * A subject's population (PRED) and individual (IPRED) predictions at any times, for plots.
   *
   * @throws IllegalArgumentException when the subject was not part of this fit
   */
  public Curves curves(FitSubject subject, double[] times) {
    SubjectFit result = subjects.stream().filter(s -> s.id().equals(subject.id())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Subject " + subject.id()
            + " is not in this fit."));
    double[] eta = new double[model.etaCount()];
    for (int m = 0; m < eta.length; m++) {
      eta[m] = result.eta().get(model.etaNames().get(m));
    }
    double[] theta = estimates.theta();
    return new Curves(times.clone(), subject.prediction().at(theta, new double[eta.length], times),
        subject.prediction().at(theta, eta, times));
  }

  /** Predictions over a time grid: population (all etas 0) and individual (the subject's etas). */
  public record Curves(double[] times, double[] pred, double[] ipred) {}

  /** -2 log likelihood including the constant, for comparison with tools that report it. */
  public double minus2LogLikelihood() {
    return ofv + observations * Math.log(2 * Math.PI);
  }

  /** The typical values by parameter name, in model order. */
  public Map<String, Double> theta() {
    Map<String, Double> theta = new LinkedHashMap<>();
    List<String> names = model.thetaNames();
    for (int k = 0; k < names.size(); k++) {
      theta.put(names.get(k), estimates.theta()[k]);
    }
    return theta;
  }

  /** The eta variances by parameter name, in model order. */
  public Map<String, Double> omega() {
    Map<String, Double> omega = new LinkedHashMap<>();
    List<String> names = model.etaNames();
    for (int k = 0; k < names.size(); k++) {
      omega.put(names.get(k), estimates.omega()[k]);
    }
    return omega;
  }

  /**
   * The residual error magnitudes: {@code add_sd} (concentration units) and/or {@code prop_sd}
   * (a fraction of the prediction), as the error form has them.
   */
  public Map<String, Double> sigma() {
    Map<String, Double> sigma = new LinkedHashMap<>();
    if (ParameterVector.hasAdditive(model.errorType())) {
      sigma.put(ParameterVector.ADDITIVE, estimates.residual().additive());
    }
    if (ParameterVector.hasProportional(model.errorType())) {
      sigma.put(ParameterVector.PROPORTIONAL, estimates.residual().proportional());
    }
    return sigma;
  }
}
