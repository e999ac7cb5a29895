package org.medtwin.pharma.pkpd.pd;

/**
 * Direct-effect Emax model and its sigmoid (Hill) form:
 * {@code E = E0 + Emax · C^n / (EC50^n + C^n)}, n = 1 for the hyperbolic Emax model (Gabrielsson &
 * Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 4th ed., ch. 2). A negative Emax
 * describes inhibition.
 *
 * @param e0 effect without drug
 * @param emax maximal change from e0
 * @param ec50 concentration giving half the maximal change (> 0)
 * @param hill steepness n (> 0); 1 for the plain Emax model
 */
public record EmaxModel(double e0, double emax, double ec50, double hill) {

  /** Guards the parameters. */
  public EmaxModel {
    if (!(ec50 > 0) || !(hill > 0) || !Double.isFinite(e0) || !Double.isFinite(emax)) {
      throw new IllegalArgumentException(
          "Emax model needs finite e0 and emax, ec50 > 0 and hill > 0; got e0 " + e0 + ", emax "
              + emax + ", ec50 " + ec50 + ", hill " + hill + ".");
    }
  }

  /** The hyperbolic Emax model. */
  public static EmaxModel hyperbolic(double e0, double emax, double ec50) {
    return new EmaxModel(e0, emax, ec50, 1);
  }

  /** The effect at concentration {@code c} (negative concentrations count as 0). */
  public double effect(double c) {
    double x = Math.max(c, 0);
    double cn = hill == 1 ? x : Math.pow(x, hill);
    double en = hill == 1 ? ec50 : Math.pow(ec50, hill);
    return e0 + emax * cn / (en + cn);
  }
}
