package org.medtwin.twin.ranking;

import org.medtwin.pharma.pkpd.dosing.Regimen;

/**
 * A candidate treatment: a drug and a regimen.
 *
 * @param id its line or name in the candidates file
 * @param drug the drug's name as in the formulary
 * @param regimen dose, interval, route and infusion time (mg, h)
 */
public record Candidate(String id, String drug, Regimen regimen) {

  /** "vancomycin 1000 mg infusion over 1 h every 12 h". */
  public String describe() {
    return drug + " " + regimen.describe("mg", "h");
  }
}
