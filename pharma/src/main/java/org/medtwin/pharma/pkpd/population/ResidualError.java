package org.medtwin.pharma.pkpd.population;

/**
 * Residual (unexplained) error of a measured concentration around the individual prediction f.
 *
 * <ul>
 *   <li>ADDITIVE: sd = a;
 *   <li>PROPORTIONAL: sd = b·f;
 *   <li>COMBINED: sd = sqrt(a² + b²f²), NONMEM's Y = F + F·EPS(1) + EPS(2);
 *   <li>COMBINED_SUM: sd = a + b·f, the form nlmixr2 calls combined1 and posologyr uses.
 * </ul>
 *
 * @param type the error form
 * @param additive additive standard deviation a (concentration units)
 * @param proportional proportional coefficient b (fraction, 0.15 = 15%)
 */
public record ResidualError(Type type, double additive, double proportional) {

  /** The error forms. */
  public enum Type {
    /** sd = a. */
    ADDITIVE,
    /** sd = b f. */
    PROPORTIONAL,
    /** sd = sqrt(a² + b² f²). */
    COMBINED,
    /** sd = a + b f. */
    COMBINED_SUM
  }

  /** Guards the magnitudes. */
  public ResidualError {
    if (type == null) {
      throw new IllegalArgumentException("Residual error has no type.");
    }
    if (!(additive >= 0) || !(proportional >= 0)) {
      throw new IllegalArgumentException(
          "Residual error magnitudes must be >= 0, got additive " + additive + ", proportional "
              + proportional + ".");
    }
    if (type == Type.ADDITIVE && !(additive > 0)) {
      throw new IllegalArgumentException("Additive residual error needs a > 0.");
    }
    if (type == Type.PROPORTIONAL && !(proportional > 0)) {
      throw new IllegalArgumentException("Proportional residual error needs b > 0.");
    }
    if ((type == Type.COMBINED || type == Type.COMBINED_SUM) && !(additive > 0)) {
      throw new IllegalArgumentException(
          "Combined residual error needs an additive part > 0 so that sd stays > 0 at f = 0.");
    }
  }

  /** Standard deviation of a measurement whose prediction is {@code f}. */
  public double sd(double f) {
    double af = Math.abs(f);
    if (type == Type.ADDITIVE) {
      return additive;
    }
    if (type == Type.PROPORTIONAL) {
      // A proportional error has no spread at f = 0; a floor keeps the likelihood finite there.
      return Math.max(proportional * af, 1e-12);
    }
    if (type == Type.COMBINED) {
      return Math.sqrt(additive * additive + proportional * proportional * af * af);
    }
    return additive + proportional * af;
  }
}
