package org.medtwin.pharma.pkpd.population;

import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.model.OdePredictor;
import org.medtwin.pharma.pkpd.model.LinearCompartmentOde;
import org.medtwin.pharma.pkpd.model.ParameterSchedule;
import org.medtwin.pharma.pkpd.model.PkParameters;

/**
 * Concentrations of one patient under a population model for given random effects, honouring
 * time-varying covariates and occasions: closed form when the parameters are constant over the
 * history, numerical integration across the changes otherwise.
 *
 * <p>Occasions come from the covariate OCC (1, 2, ...; last observation carried forward); without
 * it the whole history is occasion 1.
 */
public final class IndividualPredictor {

  private final PopulationModel model;
  private final OdePredictor ode;

  /** A predictor for {@code model}. */
  public IndividualPredictor(PopulationModel model) {
    this.model = model;
    this.ode = new OdePredictor(new LinearCompartmentOde(model.structure()));
  }

  /** The population model. */
  public PopulationModel model() {
    return model;
  }

  /** Number of occasions in a patient's covariates (at least 1). */
  public static int occasions(PatientCovariates covariates) {
    if (!covariates.history().has("OCC")) {
      return 1;
    }
    double[] changes = covariates.changeTimes();
    int max = (int) covariates.value("OCC", Double.NEGATIVE_INFINITY);
    for (double t : changes) {
      max = Math.max(max, (int) covariates.value("OCC", t));
    }
    return Math.max(max, 1);
  }

  /**
   * Writes concentrations at {@code times}.
   *
   * @param eta etas in the model's IIV order
   * @param kappas kappas per occasion ([occasion][iov parameter]); may be empty when the model has
   *     no inter-occasion variability
   */
  public void concentrations(
      PatientCovariates covariates, double[] eta, double[][] kappas, DosingHistory history,
      double[] times, double[] out) {
    ParameterSchedule schedule = schedule(covariates, eta, kappas);
    if (schedule.changeTimes().length == 0) {
      model.structure().closedForm().concentrations(schedule.at(0), history, times, out);
    } else {
      ode.concentrations(schedule, history, times, out);
    }
  }

  /** The patient's parameters over time. */
  public ParameterSchedule schedule(PatientCovariates covariates, double[] eta, double[][] kappas) {
    int iov = model.iovParameters().size();
    double[] changes = covariates.changeTimes();
    double[] noKappa = new double[iov];
    return new ParameterSchedule() {
      @Override
      public PkParameters at(double time) {
        double[] kappa = noKappa;
        if (iov > 0 && kappas.length > 0) {
          int occasion = covariates.history().has("OCC")
              ? (int) covariates.value("OCC", time) - 1 : 0;
          kappa = kappas[Math.max(0, Math.min(occasion, kappas.length - 1))];
        }
        return model.individual(covariates.at(time), eta, kappa);
      }

      @Override
      public double[] changeTimes() {
        return changes;
      }
    };
  }
}
