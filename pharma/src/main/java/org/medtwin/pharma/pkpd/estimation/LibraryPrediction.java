package org.medtwin.pharma.pkpd.estimation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.IndividualPredictor;
import org.medtwin.pharma.pkpd.population.ParameterModel;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/**
 * A subject's predictions under a library population model whose estimated typical values are
 * replaced by theta: the library's covariate effects, structure and dosing do the rest (closed
 * form when the parameters are constant, the ODE path across covariate changes).
 *
 * <p>The predictor for the last theta is kept, because the inner search calls with one theta many
 * times in a row.
 */
final class LibraryPrediction implements IndividualPrediction {

  private final PopulationModel template;
  private final List<String> thetaNames;
  private final PatientCovariates covariates;
  private final DosingHistory doses;
  private double[] lastTheta = new double[0];
  private IndividualPredictor predictor;

  LibraryPrediction(PopulationModel template, List<String> thetaNames,
      PatientCovariates covariates, DosingHistory doses) {
    this.template = template;
    this.thetaNames = List.copyOf(thetaNames);
    this.covariates = covariates;
    this.doses = doses;
  }

  @Override
  public double[] at(double[] theta, double[] eta, double[] times) {
    double[] out = new double[times.length];
    predictor(theta).concentrations(covariates, eta, new double[0][0], doses, times, out);
    return out;
  }

  @Override
  public Map<String, Double> parameters(double[] theta, double[] eta) {
    double start = doses.size() > 0 ? doses.doses().get(0).time() : 0;
    PkParameters p = predictor(theta).model()
        .individual(covariates.at(start), eta, new double[0]);
    Map<String, Double> values = new LinkedHashMap<>();
    for (String name : template.parameters().keySet()) {
      values.put(name, value(p, name));
    }
    return values;
  }

  private IndividualPredictor predictor(double[] theta) {
    if (predictor == null || !Arrays.equals(theta, lastTheta)) {
      predictor = new IndividualPredictor(withTypicals(template, thetaNames, theta));
      lastTheta = theta.clone();
    }
    return predictor;
  }

  /** The template with the named typical values replaced. */
  static PopulationModel withTypicals(PopulationModel template, List<String> names,
      double[] theta) {
    Map<String, ParameterModel> parameters = new LinkedHashMap<>(template.parameters());
    for (int k = 0; k < names.size(); k++) {
      ParameterModel old = parameters.get(names.get(k));
      parameters.put(names.get(k), new ParameterModel(old.name(), theta[k], old.unit(),
          old.effects(), old.iovVariance()));
    }
    return new PopulationModel(template.name(), template.drug(), template.description(),
        template.citation(), template.source(), template.notes(), template.units(),
        template.structure(), parameters, template.iiv(), template.residual(),
        template.covariates());
  }

  private static double value(PkParameters p, String name) {
    switch (name) {
      case "cl":
        return p.cl();
      case "v":
      case "v1":
        return p.v1();
      case "q2":
        return p.q2();
      case "v2":
        return p.v2();
      case "q3":
        return p.q3();
      case "v3":
        return p.v3();
      case "ka":
        return p.ka();
      case "f":
        return p.f();
      case "tlag":
        return p.tlag();
      default:
        throw new IllegalArgumentException("Unknown PK parameter " + name + ".");
    }
  }
}
