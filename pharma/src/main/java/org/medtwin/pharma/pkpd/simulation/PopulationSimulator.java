package org.medtwin.pharma.pkpd.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.model.ExponentialSum;
import org.medtwin.pharma.pkpd.model.PkModel;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.model.Superposition;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/**
 * Simulates a population of virtual patients — covariates drawn from a pool, etas drawn from the
 * model's IIV with an explicit seed — under one dosing history: profiles, exposure metrics and
 * probability of target attainment. Patients are simulated in parallel; results do not depend on
 * the thread count because every random draw happens first, in order.
 */
public final class PopulationSimulator {

  private final PopulationModel model;

  /** A simulator for {@code model}. */
  public PopulationSimulator(PopulationModel model) {
    this.model = model;
  }

  /**
   * Draws {@code n} patients: covariates sampled with replacement from {@code pool}, etas from the
   * IIV distribution.
   *
   * @throws IllegalArgumentException when the pool is empty or n < 1
   */
  public List<VirtualPatient> sample(List<Map<String, Double>> pool, int n, long seed) {
    if (pool.isEmpty() || n < 1) {
      throw new IllegalArgumentException("Need at least one covariate set and n >= 1; got "
          + pool.size() + " sets and n = " + n + ".");
    }
    Random random = new Random(seed);
    List<VirtualPatient> patients = new ArrayList<>(n);
    double[] kappa = new double[model.iovParameters().size()];
    for (int i = 0; i < n; i++) {
      Map<String, Double> covariates = pool.get(pool.size() == 1 ? 0 : random.nextInt(pool.size()));
      double[] eta = new double[model.iiv().size()];
      model.iiv().sample(random, eta);
      PkParameters p =
          model.individual(PatientCovariates.constant(covariates).at(0), eta, kappa);
      patients.add(new VirtualPatient(i, covariates, eta, p));
    }
    return patients;
  }

  /** Result of a population simulation. */
  public record Result(
      List<VirtualPatient> patients, double[] times, double[][] concentrations,
      ExposureMetrics[] metrics) {

    /** Concentration percentile (0..100) across patients at each time. */
    public double[] percentile(double q) {
      double[] out = new double[times.length];
      double[] column = new double[concentrations.length];
      for (int t = 0; t < times.length; t++) {
        for (int i = 0; i < concentrations.length; i++) {
          column[i] = concentrations[i][t];
        }
        Arrays.sort(column);
        double pos = q / 100 * (column.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, column.length - 1);
        out[t] = column[lo] + (pos - lo) * (column[hi] - column[lo]);
      }
      return out;
    }

    /** Fraction of patients whose window metrics meet the target. */
    public double targetAttainment(ExposureTarget target) {
      long hits = Arrays.stream(metrics).filter(m -> target.contains(target.valueOf(m))).count();
      return (double) hits / metrics.length;
    }
  }

  /**
   * Simulates every patient under {@code history}: concentrations at {@code times} and exposure
   * metrics over [windowStart, windowEnd].
   *
   * @param threshold concentration for time above, NaN to skip
   */
  public Result simulate(
      List<VirtualPatient> patients, DosingHistory history, double[] times, double windowStart,
      double windowEnd, double threshold) {
    PkModel structure = model.structure();
    List<DoseEvent> doses = history.doses();
    int n = patients.size();
    double[][] profiles = new double[n][];
    ExposureMetrics[] metrics = new ExposureMetrics[n];
    ExposureCalculator calculator = ExposureCalculator.standard();
    IntStream.range(0, n).parallel().forEach(i -> {
      PkParameters p = patients.get(i).parameters();
      structure.check(p, history);
      ExponentialSum central = structure.centralResponse(p);
      ExponentialSum depot =
          structure.firstOrderAbsorption() ? central.convolveFirstOrder(p.ka()) : null;
      ExposureCalculator.Concentrations c = (ts, out) -> {
        for (int k = 0; k < ts.length; k++) {
          out[k] = Superposition.at(doses, central, depot, p, ts[k]);
        }
      };
      double[] profile = new double[times.length];
      c.at(times, profile);
      profiles[i] = profile;
      metrics[i] = calculator.compute(c, history, p.tlag(), windowStart, windowEnd, threshold);
    });
    return new Result(patients, times.clone(), profiles, metrics);
  }
}
