package org.medtwin.pharma.pkpd.estimation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Builds the fit's diagnostics at the final estimates: PRED, IPRED, IWRES and CWRES for every
 * observation, the subjects' etas and individual parameters, and shrinkage.
 *
 * <p>CWRES follows Hooker, Staatz and Karlsson (2007): around subject i's mode the model is
 * linearised as {@code f(eta) ~ f(eta_i) + G (eta - eta_i)}, so its population mean is
 * {@code E = f(eta_i) - G eta_i} and its covariance {@code C = G Omega G' + diag(V(eta_i))};
 * CWRES = C^(-1/2) (y - E), with the symmetric inverse square root.
 */
final class FitDiagnostics {

  private FitDiagnostics() {}

  static PopulationFit assemble(FoceiObjective objective, PopulationParameters estimates,
      double ofv, boolean converged, int evaluations, StandardErrors standardErrors,
      List<String> warnings) {
    FitModel model = objective.model();
    ConditionalMode[] modes = objective.modes(estimates);
    List<FitSubject> subjects = objective.subjects();
    List<SubjectFit> subjectFits = new ArrayList<>();
    List<ObservationDiagnostic> rows = new ArrayList<>();
    List<String> etaNames = model.etaNames();
    double[][] etas = new double[etaNames.size()][subjects.size()];
    int observations = 0;
    for (int i = 0; i < subjects.size(); i++) {
      FitSubject subject = subjects.get(i);
      ConditionalMode mode = modes[i];
      subjectFits.add(subjectFit(model, estimates, subject, mode));
      for (int m = 0; m < etaNames.size(); m++) {
        etas[m][i] = mode.eta()[m];
      }
      rows.addAll(observationRows(model, estimates, subject, mode));
      observations += subject.size();
    }
    Shrinkage shrinkage = shrinkage(etaNames, etas, estimates.omega(), rows);
    return new PopulationFit("FOCE-I", model, estimates, ofv, observations, converged,
        evaluations, standardErrors, subjectFits, rows, shrinkage, warnings);
  }

  private static SubjectFit subjectFit(FitModel model, PopulationParameters estimates,
      FitSubject subject, ConditionalMode mode) {
    Map<String, Double> eta = new LinkedHashMap<>();
    List<String> etaNames = model.etaNames();
    for (int m = 0; m < etaNames.size(); m++) {
      eta.put(etaNames.get(m), mode.eta()[m]);
    }
    return new SubjectFit(subject.id(), eta,
        subject.prediction().parameters(estimates.theta(), mode.eta()));
  }

  private static List<ObservationDiagnostic> observationRows(FitModel model,
      PopulationParameters estimates, FitSubject subject, ConditionalMode mode) {
    double[] pred = subject.predict(estimates.theta(), new double[model.etaCount()]);
    double[] ipred = mode.individualPrediction();
    double[] cwres = cwres(subject, estimates, mode);
    List<ObservationDiagnostic> rows = new ArrayList<>();
    for (int j = 0; j < subject.size(); j++) {
      double observed = subject.observed()[j];
      double iwres = (observed - ipred[j]) / Math.sqrt(mode.residualVariance()[j]);
      rows.add(new ObservationDiagnostic(subject.id(), subject.times()[j], observed, pred[j],
          ipred[j], iwres, cwres[j]));
    }
    return rows;
  }

  static double[] cwres(FitSubject subject, PopulationParameters estimates, ConditionalMode mode) {
    int n = subject.size();
    int k = mode.eta().length;
    double[][] g = mode.etaJacobian();
    double[] residual = new double[n];
    double[][] covariance = new double[n][n];
    for (int j = 0; j < n; j++) {
      double linearMean = mode.individualPrediction()[j];
      for (int m = 0; m < k; m++) {
        linearMean -= g[j][m] * mode.eta()[m];
      }
      residual[j] = subject.observed()[j] - linearMean;
      for (int l = 0; l < n; l++) {
        double sum = 0;
        for (int m = 0; m < k; m++) {
          sum += g[j][m] * estimates.omega()[m] * g[l][m];
        }
        covariance[j][l] = sum;
      }
      covariance[j][j] += mode.residualVariance()[j];
    }
    RealMatrix c = new Array2DRowRealMatrix(covariance, false);
    EigenDecomposition eigen = new EigenDecomposition(c);
    RealMatrix inverseRoot = eigen.getV()
        .multiply(inverseRootDiagonal(eigen.getRealEigenvalues()))
        .multiply(eigen.getVT());
    return inverseRoot.operate(new ArrayRealVector(residual, false)).toArray();
  }

  private static RealMatrix inverseRootDiagonal(double[] eigenvalues) {
    RealMatrix diagonal = new Array2DRowRealMatrix(eigenvalues.length, eigenvalues.length);
    for (int j = 0; j < eigenvalues.length; j++) {
      diagonal.setEntry(j, j, 1 / Math.sqrt(eigenvalues[j]));
    }
    return diagonal;
  }

  private static Shrinkage shrinkage(List<String> etaNames, double[][] etas, double[] omega,
      List<ObservationDiagnostic> rows) {
    Map<String, Double> eta = new LinkedHashMap<>();
    StandardDeviation sd = new StandardDeviation(true);
    for (int m = 0; m < etaNames.size(); m++) {
      eta.put(etaNames.get(m), 1 - sd.evaluate(etas[m]) / Math.sqrt(omega[m]));
    }
    double[] iwres = rows.stream().mapToDouble(ObservationDiagnostic::iwres).toArray();
    return new Shrinkage(eta, 1 - sd.evaluate(iwres));
  }
}
