package org.medtwin.pharma.pkpd.estimation;

import java.util.List;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;

/**
 * The FOCE-I objective function value (-2 log likelihood without the n log 2 pi constant, as
 * NONMEM and nlmixr2 report it) of population parameters, each subject's likelihood approximated
 * by the Laplace method around its conditional mode with the expected-information Hessian:
 *
 * <pre>
 * OFV = sum_i [ sum_j (log V_ij + (y_ij - f_ij)^2 / V_ij) + eta_i' inv(Omega) eta_i
 *               + log det(I + Omega A_i) ]
 * </pre>
 *
 * with f, V and A evaluated at the mode eta_i (the "interaction": residual variance at the
 * individual prediction).
 *
 * <p>Each subject's last mode is the next search's start, which keeps the outer optimiser's
 * evaluations cheap; the search converges to the same mode from any nearby start, so the value
 * does not depend on the order of calls beyond the inner tolerance.
 */
final class FoceiObjective {

  private final FitModel model;
  private final List<FitSubject> subjects;
  private final ParameterVector vector;
  private final ConditionalModeSearch search;
  private final double[][] lastEta;

  FoceiObjective(FitModel model, List<FitSubject> subjects) {
    this.model = model;
    this.subjects = List.copyOf(subjects);
    this.vector = new ParameterVector(model);
    this.search = new ConditionalModeSearch();
    this.lastEta = new double[subjects.size()][model.etaCount()];
  }

  FitModel model() {
    return model;
  }

  ParameterVector vector() {
    return vector;
  }

  List<FitSubject> subjects() {
    return subjects;
  }

  ConditionalModeSearch search() {
    return search;
  }

  /** The OFV at a packed parameter vector; infinite where the model cannot be evaluated. */
  double value(double[] x) {
    double total = 0;
    for (double contribution : contributions(x)) {
      total += contribution;
    }
    return Double.isNaN(total) ? Double.POSITIVE_INFINITY : total;
  }

  /** Each subject's part of the OFV at a packed parameter vector. */
  double[] contributions(double[] x) {
    PopulationParameters parameters = vector.unpack(x);
    double[] contributions = new double[subjects.size()];
    for (int i = 0; i < subjects.size(); i++) {
      contributions[i] = contribution(i, parameters);
    }
    return contributions;
  }

  /** The conditional modes of every subject at the given parameters. */
  ConditionalMode[] modes(PopulationParameters parameters) {
    ConditionalMode[] modes = new ConditionalMode[subjects.size()];
    for (int i = 0; i < subjects.size(); i++) {
      modes[i] = search.find(subjects.get(i), parameters, lastEta[i]);
      lastEta[i] = modes[i].eta();
    }
    return modes;
  }

  private double contribution(int i, PopulationParameters parameters) {
    try {
      ConditionalMode mode = search.find(subjects.get(i), parameters, lastEta[i]);
      double objective = mode.objective();
      if (Double.isFinite(objective)) {
        lastEta[i] = mode.eta();
        return objective;
      }
      return Double.POSITIVE_INFINITY;
    } catch (MathIllegalArgumentException | MathArithmeticException notPositiveDefinite) {
      // Parameters far from the data can make the information matrix singular: not a minimum.
      return Double.POSITIVE_INFINITY;
    }
  }
}
