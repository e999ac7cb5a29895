package org.medtwin.twin.engine;

import java.time.Instant;

/**
 * Kidney function from the latest serum creatinine: the CKD-EPI 2021 eGFR (race-free) and the
 * Cockcroft-Gault creatinine clearance that drug labels dose by.
 *
 * @param creatinineMgPerDl the serum creatinine in mg/dL
 * @param measured when the creatinine was taken
 * @param egfr CKD-EPI 2021 eGFR in mL/min/1.73 m2; null under 18 years
 * @param creatinineClearance Cockcroft-Gault clearance in mL/min with actual body weight; null without a weight
 * @param basis the facts used, in words
 * @param from the creatinine observation
 */
public record KidneyFunction(
    double creatinineMgPerDl, Instant measured, Double egfr, Double creatinineClearance, String basis, FactRef from) {

  /** Micromoles per litre in one milligram per decilitre of creatinine: the pharmacology engine's constant. */
  static final double UMOL_PER_L_PER_MG_PER_DL = org.medtwin.pharma.pkpd.population.CockcroftGault.MICROMOL_PER_MG_DL;

  /**
   * CKD-EPI 2021 creatinine equation (Inker LA et al., N Engl J Med 2021;385:1737-49):
   * 142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age x 1.012 [female],
   * k = 0.7 (female) or 0.9 (male), a = -0.241 (female) or -0.302 (male).
   */
  public static double ckdEpi2021(double creatinineMgPerDl, int ageYears, boolean female) {
    double kappa = female ? 0.7 : 0.9;
    double alpha = female ? -0.241 : -0.302;
    double ratio = creatinineMgPerDl / kappa;
    return 142 * Math.pow(Math.min(ratio, 1), alpha) * Math.pow(Math.max(ratio, 1), -1.200)
        * Math.pow(0.9938, ageYears) * (female ? 1.012 : 1.0);
  }

  /**
   * Cockcroft-Gault (Nephron 1976;16:31-41): (140 - age) x weight / (72 x Scr), x 0.85 for women, as the
   * pharmacology engine computes it (one implementation for dosing and the twin).
   *
   * @throws IllegalArgumentException outside the equation's adult range or for implausible values
   */
  public static double cockcroftGault(double creatinineMgPerDl, int ageYears, double weightKg, boolean female) {
    return org.medtwin.pharma.pkpd.population.CockcroftGault.clearance(ageYears, weightKg, female, creatinineMgPerDl);
  }

  /** Creatinine in mg/dL from a value in mg/dL or umol/L; NaN for another unit. */
  static double toMgPerDl(double value, String unit) {
    String u = unit == null ? "" : unit.trim();
    if (u.equalsIgnoreCase("mg/dL")) {
      return value;
    }
    if (u.equals("umol/L") || u.equals("µmol/L") || u.equalsIgnoreCase("umol/l")) {
      return value / UMOL_PER_L_PER_MG_PER_DL;
    }
    return Double.NaN;
  }
}
