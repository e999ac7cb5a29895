package org.medtwin.pharma.pkpd.estimation;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * The optimiser's view of the population parameters: one unconstrained vector holding the logs of
 * every theta, omega variance and residual SD, so every parameter stays positive.
 */
final class ParameterVector {

  /** What one entry of the vector is. */
  enum Kind { THETA, OMEGA, SIGMA }

  /** One entry: its kind and its reported name. */
  record Entry(Kind kind, String name) {}

  /** The reported name of the additive residual SD (concentration units). */
  static final String ADDITIVE = "add_sd";
  /** The reported name of the proportional residual coefficient (a fraction). */
  static final String PROPORTIONAL = "prop_sd";

  private final FitModel model;
  private final List<Entry> entries;

  ParameterVector(FitModel model) {
    this.model = model;
    List<Entry> list = new ArrayList<>();
    model.thetaNames().forEach(name -> list.add(new Entry(Kind.THETA, name)));
    model.etaNames().forEach(name -> list.add(new Entry(Kind.OMEGA, name)));
    if (hasAdditive(model.errorType())) {
      list.add(new Entry(Kind.SIGMA, ADDITIVE));
    }
    if (hasProportional(model.errorType())) {
      list.add(new Entry(Kind.SIGMA, PROPORTIONAL));
    }
    this.entries = List.copyOf(list);
  }

  List<Entry> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }

  double[] pack(PopulationParameters parameters) {
    double[] x = new double[size()];
    int i = 0;
    for (double theta : parameters.theta()) {
      x[i++] = Math.log(theta);
    }
    for (double omega : parameters.omega()) {
      x[i++] = Math.log(omega);
    }
    if (hasAdditive(model.errorType())) {
      x[i++] = Math.log(parameters.residual().additive());
    }
    if (hasProportional(model.errorType())) {
      x[i] = Math.log(parameters.residual().proportional());
    }
    return x;
  }

  PopulationParameters unpack(double[] x) {
    int thetas = model.thetaNames().size();
    int etas = model.etaCount();
    double[] theta = new double[thetas];
    double[] omega = new double[etas];
    int i = 0;
    for (int k = 0; k < thetas; k++) {
      theta[k] = Math.exp(x[i++]);
    }
    for (int k = 0; k < etas; k++) {
      omega[k] = Math.exp(x[i++]);
    }
    double add = hasAdditive(model.errorType()) ? Math.exp(x[i++]) : 0;
    double prop = hasProportional(model.errorType()) ? Math.exp(x[i]) : 0;
    return new PopulationParameters(theta, omega, new ResidualError(model.errorType(), add, prop));
  }

  /** Whether an error form has an additive SD to estimate. */
  static boolean hasAdditive(ResidualError.Type type) {
    return type != ResidualError.Type.PROPORTIONAL;
  }

  /** Whether an error form has a proportional coefficient to estimate. */
  static boolean hasProportional(ResidualError.Type type) {
    return type != ResidualError.Type.ADDITIVE;
  }

  /** The natural-scale value of every entry, in vector order. */
  double[] natural(double[] x) {
    double[] values = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      values[i] = Math.exp(x[i]);
    }
    return values;
  }
}
