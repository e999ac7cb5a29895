package org.medtwin.pharma.pkpd.model;

import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.OralDose;

/**
 * The structure of a linear mammillary PK model: one, two or three compartments with elimination
 * from the central one, and optionally a first-order absorption depot.
 *
 * @param compartments number of disposition compartments, 1 to 3
 * @param firstOrderAbsorption true when doses can enter through a depot with rate constant ka
 */
public record PkModel(int compartments, boolean firstOrderAbsorption) {

  /** Guards the compartment count. */
  public PkModel {
    if (compartments < 1 || compartments > 3) {
      throw new IllegalArgumentException(
          "A linear PK model has 1 to 3 compartments, got " + compartments + ".");
    }
  }

  /** One compartment, IV doses. */
  public static PkModel oneCompartmentIv() {
    return new PkModel(1, false);
  }

  /** One compartment with first-order absorption. */
  public static PkModel oneCompartmentOral() {
    return new PkModel(1, true);
  }

  /** Closed-form predictions by superposition (fast, exact up to rounding). */
  public ConcentrationPredictor closedForm() {
    return new SuperpositionPredictor(this);
  }

  /** Predictions by numerical integration of the model's differential equations. */
  public ConcentrationPredictor ode() {
    return new OdePredictor(new LinearCompartmentOde(this));
  }

  /**
   * Checks that parameters and doses fit this structure.
   *
   * @throws IllegalArgumentException naming the first mismatch
   */
  public void check(PkParameters p, DosingHistory history) {
    if (!(p.cl() > 0)) {
      throw new IllegalArgumentException("Clearance cl = " + p.cl() + " must be > 0.");
    }
    if (compartments < 2 && (p.q2() > 0 || p.q3() > 0)) {
      throw new IllegalArgumentException(
          "A " + compartments + "-compartment model got peripheral clearances q2 = " + p.q2()
              + ", q3 = " + p.q3() + ". Maybe the model should have more compartments?");
    }
    if (compartments >= 2 && !(p.q2() > 0)) {
      throw new IllegalArgumentException(
          "A " + compartments + "-compartment model needs q2 > 0, got " + p.q2() + ".");
    }
    if (compartments == 3 && !(p.q3() > 0)) {
      throw new IllegalArgumentException("A 3-compartment model needs q3 > 0, got " + p.q3() + ".");
    }
    if (firstOrderAbsorption && !(p.ka() > 0)) {
      throw new IllegalArgumentException(
          "Absorption rate constant ka = " + p.ka() + " must be > 0 for an oral model.");
    }
    if (!firstOrderAbsorption) {
      for (DoseEvent dose : history.doses()) {
        if (dose instanceof OralDose || (dose instanceof InfusionDose inf && inf.intoDepot())) {
          throw new IllegalArgumentException(
              "Dose at time " + dose.time() + " goes into an absorption depot but the model has"
                  + " none. Maybe choose a model with first-order absorption?");
        }
      }
    }
  }

  /** Central-compartment concentration per unit amount given as an IV bolus. */
  public ExponentialSum centralResponse(PkParameters p) {
    double k10 = p.cl() / p.v1();
    if (compartments == 1) {
      return new ExponentialSum(new double[] {1 / p.v1()}, new double[] {k10});
    }
    double k12 = p.q2() / p.v1();
    double k21 = p.q2() / p.v2();
    if (compartments == 2) {
      double a = k10 + k12 + k21;
      double root = Math.sqrt(a * a - 4 * k10 * k21);
      double alpha = (a + root) / 2;
      // beta from the product alpha*beta = k10*k21 avoids cancellation when beta << alpha.
      double beta = k10 * k21 / alpha;
      return fromRoots(p.v1(), new double[] {alpha, beta}, new double[] {k21});
    }
    double k13 = p.q3() / p.v1();
    double k31 = p.q3() / p.v3();
    return fromRoots(p.v1(), cubicRoots(k10, k12, k21, k13, k31), new double[] {k21, k31});
  }

  /** Central concentration per unit amount put into the depot (before bioavailability). */
  public ExponentialSum depotResponse(PkParameters p) {
    return centralResponse(p).convolveFirstOrder(p.ka());
  }

  // Coefficient of exp(-λ_i t) in the central amount after a unit bolus into the central
  // compartment: Π_p (k_p1 - λ_i) / Π_j≠i (λ_j - λ_i) (Gibaldi & Perrier, appendix C).
  private static ExponentialSum fromRoots(double v1, double[] roots, double[] returnRates) {
    double[] coef = new double[roots.length];
    for (int i = 0; i < roots.length; i++) {
      double num = 1;
      for (double k : returnRates) {
        num *= k - roots[i];
      }
      double den = 1;
      for (int j = 0; j < roots.length; j++) {
        if (j != i) {
          den *= roots[j] - roots[i];
        }
      }
      coef[i] = num / den / v1;
    }
    return new ExponentialSum(coef, roots);
  }

  // Eigenvalues of the three-compartment mammillary model by the trigonometric solution of the
  // characteristic cubic (Abuhelwa, Foster & Upton 2015, J Pharmacol Toxicol Methods 73:42).
  private static double[] cubicRoots(double k10, double k12, double k21, double k13, double k31) {
    double a0 = k10 * k21 * k31;
    double a1 = k10 * k31 + k21 * k31 + k21 * k13 + k10 * k21 + k31 * k12;
    double a2 = k10 + k12 + k13 + k21 + k31;
    double p = a1 - a2 * a2 / 3;
    double q = 2 * a2 * a2 * a2 / 27 - a1 * a2 / 3 + a0;
    double r1 = Math.sqrt(-(p * p * p) / 27);
    double cosArg = Math.max(-1, Math.min(1, -q / (2 * r1)));
    double phi = Math.acos(cosArg) / 3;
    double r2 = 2 * Math.cbrt(r1);
    return new double[] {
      -(Math.cos(phi) * r2 - a2 / 3),
      -(Math.cos(phi + 2 * Math.PI / 3) * r2 - a2 / 3),
      -(Math.cos(phi + 4 * Math.PI / 3) * r2 - a2 / 3)
    };
  }
}
