package org.medtwin.cli.pk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.pharma.pkpd.data.NonmemDataset;
import org.medtwin.pharma.pkpd.estimation.ObservationDiagnostic;
import org.medtwin.pharma.pkpd.estimation.PopulationFit;
import org.medtwin.pharma.pkpd.estimation.PopulationProblem;
import org.medtwin.pharma.pkpd.estimation.SubjectFit;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/**
 * The JSON tree of a population fit: method, ofv, theta, theta_se, omega (eta variances),
 * omega_se, sigma (residual SDs), sigma_se, then shrinkage, notes, warnings, the subjects' etas
 * and parameters, and one diagnostic row per observation.
 */
final class FitJson {

  private FitJson() {}

  static Map<String, Object> of(PopulationModel model, NonmemDataset dataset,
      PopulationProblem problem, PopulationFit fit) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("method", fit.method());
    root.put("ofv", fit.ofv());
    root.put("theta", fit.theta());
    root.put("theta_se", fit.standardErrors().theta());
    root.put("omega", fit.omega());
    root.put("omega_se", fit.standardErrors().omega());
    root.put("sigma", fit.sigma());
    root.put("sigma_se", fit.standardErrors().sigma());
    root.put("model", model.name());
    root.put("data", dataset.source());
    root.put("units", "the data's units (a dose per kg gives clearances and volumes per kg)");
    root.put("minus2LogLikelihood", fit.minus2LogLikelihood());
    root.put("converged", fit.converged());
    root.put("evaluations", fit.evaluations());
    root.put("covariance", fit.standardErrors().covariance());
    root.put("subjects", fit.subjects().size());
    root.put("observations", fit.observations());
    Map<String, Object> shrinkage = new LinkedHashMap<>();
    shrinkage.put("eta", fit.shrinkage().eta());
    shrinkage.put("epsilon", fit.shrinkage().epsilon());
    root.put("shrinkage", shrinkage);
    root.put("notes", problem.notes());
    root.put("warnings", fit.warnings());
    List<Map<String, Object>> individuals = new ArrayList<>();
    for (SubjectFit subject : fit.subjects()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", subject.id());
      row.put("eta", subject.eta());
      row.put("parameters", subject.individualParameters());
      individuals.add(row);
    }
    root.put("individual", individuals);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ObservationDiagnostic d : fit.diagnostics()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", d.subjectId());
      row.put("time", d.time());
      row.put("dv", d.observed());
      row.put("pred", d.pred());
      row.put("ipred", d.ipred());
      row.put("iwres", d.iwres());
      row.put("cwres", d.cwres());
      rows.add(row);
    }
    root.put("diagnostics", rows);
    return root;
  }
}
