package org.medtwin.pharma.pkpd.bayes;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.medtwin.pharma.pkpd.data.Measurement;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.population.IndividualPredictor;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * Minus twice the log posterior of one patient's random effects (up to a constant):
 * {@code Σ [((y - f)/sd)² + 2 ln sd] + η'Ω⁻¹η + Σ κ²/ω²} for quantified samples, and for a sample
 * below the limit of quantification Beal's M3 term {@code -2 ln Φ((LLOQ - f)/sd)}, the probability
 * that the measurement fell below the limit (Beal, J Pharmacokinet Pharmacodyn 2001;28:481).
 *
 * <p>The vector is [etas in IIV order, then kappas occasion by occasion in IOV order].
 */
final class PosteriorObjective {

  private final PopulationModel model;
  private final IndividualPredictor predictor;
  private final PatientCovariates covariates;
  private final DosingHistory history;
  private final List<Measurement> measurements;
  private final ResidualError error;
  private final double[] times;
  private final double[] predictions;
  final int etas;
  final int occasions;
  final int iov;

  PosteriorObjective(
      PopulationModel model, PatientCovariates covariates, DosingHistory history,
      List<Measurement> measurements, ResidualError error) {
    this.model = model;
    this.predictor = new IndividualPredictor(model);
    this.covariates = covariates;
    this.history = history;
    this.measurements = measurements;
    this.error = error;
    this.times = measurements.stream().mapToDouble(Measurement::time).toArray();
    this.predictions = new double[times.length];
    this.etas = model.iiv().size();
    this.iov = model.iovParameters().size();
    this.occasions = iov == 0 ? 0 : IndividualPredictor.occasions(covariates);
  }

  int dimension() {
    return etas + occasions * iov;
  }

  double[] eta(double[] x) {
    return java.util.Arrays.copyOf(x, etas);
  }

  double[][] kappas(double[] x) {
    double[][] k = new double[occasions][iov];
    for (int o = 0; o < occasions; o++) {
      System.arraycopy(x, etas + o * iov, k[o], 0, iov);
    }
    return k;
  }

  /** Individual predictions at the measurement times for random effects x. */
  double[] predict(double[] x) {
    predictor.concentrations(covariates, eta(x), kappas(x), history, times, predictions);
    return predictions;
  }

  /** -2 log posterior; +infinity where the parameters are unusable. */
  double value(double[] x) {
    double sum = model.iiv().quadraticForm(eta(x));
    java.util.List<String> iovNames = model.iovParameters();
    for (int o = 0; o < occasions; o++) {
      for (int j = 0; j < iov; j++) {
        double k = x[etas + o * iov + j];
        sum += k * k / model.parameters().get(iovNames.get(j)).iovVariance();
      }
    }
    double[] f;
    try {
      f = predict(x);
    } catch (IllegalArgumentException e) {
      return Double.POSITIVE_INFINITY;
    }
    for (int i = 0; i < f.length; i++) {
      Measurement m = measurements.get(i);
      double sd = error.sd(f[i]);
      if (m.belowLoq()) {
        double z = (m.lloq() - f[i]) / sd;
        double p = 0.5 * Erf.erfc(-z / Math.sqrt(2));
        sum -= 2 * Math.log(Math.max(p, 1e-300));
      } else {
        double r = (m.value() - f[i]) / sd;
        sum += r * r + 2 * Math.log(sd);
      }
    }
    return Double.isFinite(sum) ? sum : Double.POSITIVE_INFINITY;
  }
}
