package org.medtwin.pharma.pkpd.bayes;

import java.util.Arrays;
import java.util.Random;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.population.IndividualPredictor;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * The posterior predictive band of a patient's concentrations: at each time, the 5th, 50th and
 * 95th percentiles of the concentration over posterior draws (credible band), and of a new
 * measurement, which adds residual error (prediction band).
 *
 * @param times the times
 * @param mode concentrations at the MAP estimate
 * @param p5 5th percentile of the concentration
 * @param p50 median concentration
 * @param p95 95th percentile of the concentration
 * @param measurementP5 5th percentile of a new measurement
 * @param measurementP95 95th percentile of a new measurement
 */
public record PredictiveBand(
    double[] times, double[] mode, double[] p5, double[] p50, double[] p95,
    double[] measurementP5, double[] measurementP95) {

  /** Computes the band for a posterior sample with a seed for the residual-error draws. */
  public static PredictiveBand of(
      PopulationModel model, PatientCovariates covariates, DosingHistory history,
      MapEstimate map, PosteriorSample sample, double[] times, long seed) {
    IndividualPredictor predictor = new IndividualPredictor(model);
    int etas = model.iiv().size();
    int iov = model.iovParameters().size();
    double[] mode = new double[times.length];
    predictor.concentrations(covariates, Arrays.copyOf(map.randomEffects(), etas),
        kappas(map.randomEffects(), etas, iov), history, times, mode);
    int n = sample.draws().size();
    double[][] c = new double[times.length][n];
    double[][] y = new double[times.length][n];
    ResidualError error = model.residual().orElseThrow();
    Random random = new Random(seed);
    double[] out = new double[times.length];
    for (int d = 0; d < n; d++) {
      double[] x = sample.draws().get(d);
      predictor.concentrations(covariates, Arrays.copyOf(x, etas), kappas(x, etas, iov), history,
          times, out);
      for (int t = 0; t < times.length; t++) {
        c[t][d] = out[t];
        y[t][d] = out[t] + error.sd(out[t]) * random.nextGaussian();
      }
    }
    return new PredictiveBand(times.clone(), mode, percentile(c, 5), percentile(c, 50),
        percentile(c, 95), percentile(y, 5), percentile(y, 95));
  }

  private static double[][] kappas(double[] x, int etas, int iov) {
    if (iov == 0) {
      return new double[0][];
    }
    int occasions = (x.length - etas) / iov;
    double[][] k = new double[occasions][iov];
    for (int o = 0; o < occasions; o++) {
      System.arraycopy(x, etas + o * iov, k[o], 0, iov);
    }
    return k;
  }

  private static double[] percentile(double[][] values, double q) {
    double[] out = new double[values.length];
    for (int t = 0; t < values.length; t++) {
      double[] v = values[t].clone();
      Arrays.sort(v);
      double pos = q / 100 * (v.length - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(lo + 1, v.length - 1);
      out[t] = v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
    return out;
  }
}
