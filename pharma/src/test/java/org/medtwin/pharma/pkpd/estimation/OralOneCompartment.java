package org.medtwin.pharma.pkpd.estimation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-compartment first-order-absorption closed form after one oral dose at time 0, written
 * out here so the estimation tests check the engine independently of the library's models:
 * {@code C(t) = D ka / (V (ka - ke)) (exp(-ke t) - exp(-ka t))} (Gibaldi and Perrier,
 * Pharmacokinetics, 2nd ed., ch. 1), in one of two parameterisations: theta = (ka, cl, v) with
 * ke = cl / v, NONMEM's TRANS2, or theta = (ka, cl, ke) with v = cl / ke, the (lKa, lCl, lKe) of
 * nlme's SSfol. Etas multiply the parameters named in {@code etaOn}.
 */
final class OralOneCompartment implements IndividualPrediction {

  /** The parameterisations. */
  enum Form { CL_V, CL_KE }

  private final double dose;
  private final Form form;
  private final int[] etaIndex;

  OralOneCompartment(double dose, Form form, List<String> etaOn) {
    this.dose = dose;
    this.form = form;
    List<String> names = names(form);
    this.etaIndex = new int[names.size()];
    for (int k = 0; k < names.size(); k++) {
      etaIndex[k] = etaOn.indexOf(names.get(k));
    }
  }

  static List<String> names(Form form) {
    return form == Form.CL_V ? List.of("ka", "cl", "v") : List.of("ka", "cl", "ke");
  }

  @Override
  public double[] at(double[] theta, double[] eta, double[] times) {
    double[] p = individual(theta, eta);
    double ka = p[0];
    double v = form == Form.CL_V ? p[2] : p[1] / p[2];
    double ke = p[1] / v;
    double[] c = new double[times.length];
    for (int j = 0; j < times.length; j++) {
      double t = times[j];
      c[j] = dose * ka / (v * (ka - ke)) * (Math.exp(-ke * t) - Math.exp(-ka * t));
    }
    return c;
  }

  @Override
  public Map<String, Double> parameters(double[] theta, double[] eta) {
    double[] p = individual(theta, eta);
    Map<String, Double> map = new LinkedHashMap<>();
    List<String> names = names(form);
    for (int k = 0; k < p.length; k++) {
      map.put(names.get(k), p[k]);
    }
    return map;
  }

  private double[] individual(double[] theta, double[] eta) {
    double[] p = new double[theta.length];
    for (int k = 0; k < theta.length; k++) {
      p[k] = theta[k] * (etaIndex[k] >= 0 ? Math.exp(eta[etaIndex[k]]) : 1);
    }
    return p;
  }
}
