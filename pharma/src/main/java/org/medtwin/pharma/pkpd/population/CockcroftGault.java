package org.medtwin.pharma.pkpd.population;

/**
 * Creatinine clearance by Cockcroft & Gault (Nephron 1976;16:31-41):
 * {@code CrCL [mL/min] = (140 - age) · weight / (72 · SCr [mg/dL])}, times 0.85 for women.
 */
public final class CockcroftGault {

  /** Serum creatinine: 1 mg/dL = 88.4 µmol/L. */
  public static final double MICROMOL_PER_MG_DL = 88.4;

  private CockcroftGault() {}

  /**
   * Creatinine clearance in mL/min.
   *
   * @param ageYears age in years (18 to 120)
   * @param weightKg total body weight in kg
   * @param female true for a woman
   * @param serumCreatinineMgDl serum creatinine in mg/dL
   * @throws IllegalArgumentException when an input is outside the equation's adult range
   */
  public static double clearance(
      double ageYears, double weightKg, boolean female, double serumCreatinineMgDl) {
    if (!(ageYears >= 18 && ageYears <= 120)) {
      throw new IllegalArgumentException(
          "Cockcroft-Gault needs an adult age (18-120 years), got " + ageYears + ".");
    }
    if (!(weightKg > 0 && weightKg < 500)) {
      throw new IllegalArgumentException("Weight " + weightKg + " kg is not plausible.");
    }
    if (!(serumCreatinineMgDl > 0 && serumCreatinineMgDl < 30)) {
      throw new IllegalArgumentException(
          "Serum creatinine " + serumCreatinineMgDl + " mg/dL is not plausible. Maybe it is in"
              + " µmol/L? Divide by " + MICROMOL_PER_MG_DL + ".");
    }
    double clearance = (140 - ageYears) * weightKg / (72 * serumCreatinineMgDl);
    return female ? 0.85 * clearance : clearance;
  }
}
