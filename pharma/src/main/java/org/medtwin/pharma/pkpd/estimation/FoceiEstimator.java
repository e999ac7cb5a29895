package org.medtwin.pharma.pkpd.estimation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Population estimation by FOCE-I (first-order conditional estimation with interaction): the
 * inner problem finds each subject's conditional mode of eta, the outer problem minimises the
 * FOCE-I objective over the log of theta, omega and sigma with Powell's BOBYQA (derivative-free,
 * so it needs no gradient of the nested optimisation). Deterministic: no random numbers anywhere.
 *
 * <p>The outer search runs twice, the second time from the first's result with a smaller starting
 * radius, because one trust-region run can stop early on the curved valleys typical of
 * variance components.
 */
public final class FoceiEstimator {

  private static final double LOG_BOUND = 15;
  private static final double PENALTY = 1e12;

  private final FoceiSettings settings;

  /** An estimator with the given settings. */
  public FoceiEstimator(FoceiSettings settings) {
    this.settings = settings;
  }

  /**
   * Fits the model to the subjects.
   *
   * @throws IllegalArgumentException when there are no subjects or the initial values give no
   *     finite objective
   */
  public PopulationFit fit(FitModel model, List<FitSubject> subjects) {
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException("There are no subjects with observations to fit.");
    }
    FoceiObjective objective = new FoceiObjective(model, subjects);
    double[] start = objective.vector().pack(model.initial());
    double startValue = objective.value(start);
    if (!Double.isFinite(startValue)) {
      throw new IllegalArgumentException("The initial estimates " + model.thetaNames() + " = "
          + java.util.Arrays.toString(model.thetaInitial()) + " give no finite objective on these"
          + " data. Maybe the initial values are in other units than the data?");
    }
    Search first = minimise(objective, start, settings.initialRadius());
    Search second = minimise(objective, first.best, Math.min(0.1, settings.initialRadius()));
    List<String> warnings = new ArrayList<>();
    boolean converged = first.converged && second.converged;
    if (!converged) {
      warnings.add("The outer optimiser used its budget of " + settings.maxEvaluations()
          + " evaluations before converging; the estimates are the best point found.");
    }
    double[] best = second.value <= first.value ? second.best : first.best;
    StandardErrors standardErrors = settings.covarianceStep()
        ? new CovarianceStep(objective).at(best)
        : StandardErrors.failed("not requested");
    standardErrors.failure().filter(reason -> settings.covarianceStep())
        .ifPresent(reason -> warnings.add("Covariance step failed: " + reason));
    PopulationParameters estimates = objective.vector().unpack(best);
    warnings.addAll(boundaryWarnings(objective.vector(), best));
    return FitDiagnostics.assemble(objective, estimates, objective.value(best), converged,
        first.evaluations + second.evaluations, standardErrors, warnings);
  }

  private Search minimise(FoceiObjective objective, double[] start, double radius) {
    int n = start.length;
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      lower[i] = start[i] - LOG_BOUND;
      upper[i] = start[i] + LOG_BOUND;
    }
    Search search = new Search(start.clone(), objective.value(start));
    BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, radius, settings.finalRadius());
    try {
      optimizer.optimize(
          new MaxEval(settings.maxEvaluations()),
          new ObjectiveFunction(x -> search.record(x, objective.value(x))),
          GoalType.MINIMIZE,
          new InitialGuess(start),
          new SimpleBounds(lower, upper));
      search.converged = true;
    } catch (TooManyEvaluationsException budgetSpent) {
      search.converged = false;
    }
    return search;
  }

  private static List<String> boundaryWarnings(ParameterVector vector, double[] best) {
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < best.length; i++) {
      ParameterVector.Entry entry = vector.entries().get(i);
      if (entry.kind() == ParameterVector.Kind.OMEGA && Math.exp(best[i]) < 1e-6) {
        warnings.add("The IIV variance of " + entry.name() + " went to zero ("
            + Math.exp(best[i]) + "): the data do not support variability in it. Maybe drop it.");
      }
    }
    return warnings;
  }

  /** The best point one optimiser run has seen, kept even when it runs out of budget. */
  private static final class Search {
    double[] best;
    double value;
    int evaluations;
    boolean converged;

    Search(double[] start, double startValue) {
      this.best = start;
      this.value = startValue;
    }

    double record(double[] x, double ofv) {
      evaluations++;
      if (ofv < value) {
        value = ofv;
        best = x.clone();
      }
      return Double.isFinite(ofv) ? ofv : PENALTY;
    }
  }
}
