package org.medtwin.twin.glucose.sim;

import org.medtwin.twin.glucose.model.DormandPrince;
import org.medtwin.twin.glucose.model.UvaPadovaModel;
import org.medtwin.twin.glucose.patient.PatientParameters;

/**
 * One virtual patient advanced minute by minute, with simglucose's meal bookkeeping around the
 * ODE (spec §4): announced meals are eaten at 5 g/min, and the gastric-emptying dose D̄ is the
 * stomach content when the meal started plus what has been eaten of it.
 *
 * <p>Mutable and not thread safe; {@link #copy()} gives an independent twin (particle filters).
 */
public final class PatientSimulation {

  /** simglucose's EAT_RATE, g/min. */
  public static final double EAT_RATE_GRAMS_PER_MINUTE = 5.0;

  private final UvaPadovaModel model;
  private final DormandPrince integrator;
  private final double[] state;
  private int minute;
  private double plannedGrams;
  private double lastEatingRate;
  private double stomachAtMealStartMg;
  private double eatenGrams;
  private boolean eating;

  /** A patient at its basal steady state, minute 0. */
  public PatientSimulation(PatientParameters parameters) {
    this.model = new UvaPadovaModel(parameters);
    this.integrator = DormandPrince.withReferenceTolerances(PatientParameters.STATES);
    this.state = parameters.x0();
    this.stomachAtMealStartMg = state[UvaPadovaModel.QSTO1] + state[UvaPadovaModel.QSTO2];
  }

  private PatientSimulation(PatientSimulation other) {
    this.model = new UvaPadovaModel(other.model.parameters());
    this.integrator = DormandPrince.withReferenceTolerances(PatientParameters.STATES);
    this.state = other.state.clone();
    this.minute = other.minute;
    this.plannedGrams = other.plannedGrams;
    this.lastEatingRate = other.lastEatingRate;
    this.stomachAtMealStartMg = other.stomachAtMealStartMg;
    this.eatenGrams = other.eatenGrams;
    this.eating = other.eating;
  }

  /** An independent copy in the same state. */
  public PatientSimulation copy() {
    return new PatientSimulation(this);
  }

  /**
   * Advances one minute.
   *
   * @param announcedGrams carbohydrate announced at this minute (added to what is still to eat)
   * @param insulinUnitsPerMinute insulin infusion rate over this minute, U/min (basal + bolus)
   */
  public void step(double announcedGrams, double insulinUnitsPerMinute) {
    double eatingRate = eatingRate(announcedGrams);
    if (eatingRate > 0 && lastEatingRate <= 0) {
      stomachAtMealStartMg = state[UvaPadovaModel.QSTO1] + state[UvaPadovaModel.QSTO2];
      eatenGrams = 0;
      eating = true;
    }
    if (eating) {
      eatenGrams += eatingRate;
    }
    if (eatingRate <= 0 && lastEatingRate > 0) {
      eating = false;
    }
    lastEatingRate = eatingRate;
    model.inputs(eatingRate, insulinUnitsPerMinute, stomachAtMealStartMg + eatenGrams * 1000.0);
    integrator.advance(model, state, 1.0);
    minute++;
  }

  /** simglucose's _announce_meal: what is eaten this minute, at most the eat rate. */
  private double eatingRate(double announcedGrams) {
    plannedGrams += announcedGrams;
    if (plannedGrams <= 0) {
      return 0;
    }
    double toEat = Math.min(EAT_RATE_GRAMS_PER_MINUTE, plannedGrams);
    plannedGrams = Math.max(0, plannedGrams - toEat);
    return toEat;
  }

  /** Minutes simulated so far. */
  public int minute() {
    return minute;
  }

  /** Plasma glucose G = Gp/Vg, mg/dL. */
  public double plasmaGlucose() {
    return state[UvaPadovaModel.GP] / model.parameters().vg();
  }

  /** Subcutaneous (interstitial) glucose Gs/Vg, mg/dL: what a CGM reads before sensor error. */
  public double subcutaneousGlucose() {
    return state[UvaPadovaModel.GS] / model.parameters().vg();
  }

  /** Plasma insulin Ip/Vi, pmol/L. */
  public double plasmaInsulin() {
    return state[UvaPadovaModel.IP] / model.parameters().vi();
  }

  /** A copy of the 13 states. */
  public double[] state() {
    return state.clone();
  }

  /** The parameters in use. */
  public PatientParameters parameters() {
    return model.parameters();
  }

  /** Replaces the parameters, keeping the state (calibration). */
  public void parameters(PatientParameters parameters) {
    model.parameters(parameters);
  }

  /** Integrator steps taken so far. */
  public long integratorSteps() {
    return integrator.steps();
  }
}
