package org.medtwin.pharma.pkpd.model;

/**
 * Individual parameters of a linear mammillary compartment model, in the units of the data
 * (amount, volume and time units chosen by the caller; the shipped library uses mg, L and h, so
 * concentrations come out in mg/L).
 *
 * <p>Unused parameters are 0: a one-compartment model has {@code q2 = v2 = q3 = v3 = 0}; an IV
 * model has {@code ka = 0}.
 *
 * @param cl clearance from the central compartment (volume / time)
 * @param v1 central volume
 * @param q2 inter-compartmental clearance to the first peripheral compartment
 * @param v2 first peripheral volume
 * @param q3 inter-compartmental clearance to the second peripheral compartment
 * @param v3 second peripheral volume
 * @param ka first-order absorption rate constant (1 / time)
 * @param f bioavailability of doses into the depot (fraction, usually 0..1)
 * @param tlag absorption lag time of doses into the depot
 */
public record PkParameters(
    double cl, double v1, double q2, double v2, double q3, double v3, double ka, double f,
    double tlag) {

  /** Guards every value: finite and non-negative, volumes of used compartments positive. */
  public PkParameters {
    check("cl", cl);
    check("v1", v1);
    check("q2", q2);
    check("v2", v2);
    check("q3", q3);
    check("v3", v3);
    check("ka", ka);
    check("f", f);
    check("tlag", tlag);
    if (!(v1 > 0)) {
      throw new IllegalArgumentException("Central volume v1 = " + v1 + " must be > 0.");
    }
    if (q2 > 0 && !(v2 > 0)) {
      throw new IllegalArgumentException("q2 = " + q2 + " needs a peripheral volume v2 > 0.");
    }
    if (q3 > 0 && !(v3 > 0)) {
      throw new IllegalArgumentException("q3 = " + q3 + " needs a peripheral volume v3 > 0.");
    }
  }

  private static void check(String name, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "PK parameter " + name + " = " + value + " must be a finite number >= 0.");
    }
  }

  /** One compartment, IV. */
  public static PkParameters oneCompartment(double cl, double v) {
    return new PkParameters(cl, v, 0, 0, 0, 0, 0, 1, 0);
  }

  /** One compartment, first-order absorption. */
  public static PkParameters oneCompartmentOral(double ka, double cl, double v, double f, double tlag) {
    return new PkParameters(cl, v, 0, 0, 0, 0, ka, f, tlag);
  }

  /** Two compartments, IV. */
  public static PkParameters twoCompartment(double cl, double v1, double q, double v2) {
    return new PkParameters(cl, v1, q, v2, 0, 0, 0, 1, 0);
  }

  /** Three compartments, IV. */
  public static PkParameters threeCompartment(
      double cl, double v1, double q2, double v2, double q3, double v3) {
    return new PkParameters(cl, v1, q2, v2, q3, v3, 0, 1, 0);
  }

  /** The same disposition with first-order absorption added. */
  public PkParameters withAbsorption(double newKa, double newF, double newTlag) {
    return new PkParameters(cl, v1, q2, v2, q3, v3, newKa, newF, newTlag);
  }

  /** Elimination rate constant from the central compartment, cl / v1. */
  public double k10() {
    return cl / v1;
  }
}
