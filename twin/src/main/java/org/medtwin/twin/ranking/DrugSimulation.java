package org.medtwin.twin.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.pharma.pkpd.dosefinding.ParameterDraws;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;
import org.medtwin.pharma.pkpd.simulation.SteadyStateExposure;

/**
 * Steady-state exposure of one drug over a virtual population of the patient (seeded draws from the
 * model's inter-individual variability at the twin's covariates). Exposure is linear in the dose, so
 * it is computed once per draw and dosing shape (route, interval, infusion time) for a unit dose and
 * scaled: a thousand regimens of one drug cost a few dozen simulations.
 */
final class DrugSimulation {

  private final SteadyStateExposure[] draws;
  private final Map<String, double[]> unitExposure = new HashMap<>();

  DrugSimulation(PopulationModel model, Map<String, Double> covariates, int n, long seed) {
    List<PkParameters> parameters = ParameterDraws.fromPopulation(model, name -> {
      Double value = covariates.get(name);
      if (value == null) {
        throw new IllegalArgumentException("the twin has no " + name);
      }
      return value;
    }, n, seed);
    draws = new SteadyStateExposure[parameters.size()];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = new SteadyStateExposure(model.structure(), parameters.get(i));
    }
  }

  /** The metric of every draw under the regimen. */
  double[] metric(Regimen regimen, ExposureTarget.Metric metric) {
    double[] perUnit = unitExposure.computeIfAbsent(
        metric + "|" + regimen.route() + "|" + regimen.interval() + "|" + regimen.infusionDuration(),
        key -> unit(regimen, metric));
    double[] values = new double[perUnit.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = perUnit[i] * regimen.amount();
    }
    return values;
  }

  /** The metric per draw for a dose of 1; only the metrics a drug's targets use are ever computed. */
  private double[] unit(Regimen regimen, ExposureTarget.Metric metric) {
    Regimen one = new Regimen(regimen.route(), 1, regimen.interval(), regimen.infusionDuration());
    double[] unit = new double[draws.length];
    for (int i = 0; i < draws.length; i++) {
      switch (metric) {
        case AUC24:
          unit[i] = draws[i].auc24(one);
          break;
        case TROUGH:
          unit[i] = draws[i].trough(one);
          break;
        case PEAK:
          unit[i] = draws[i].peak(one);
          break;
        default:
          throw new IllegalArgumentException("The ranking does not simulate " + metric + " targets");
      }
    }
    return unit;
  }
}
