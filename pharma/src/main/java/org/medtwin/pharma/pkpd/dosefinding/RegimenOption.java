package org.medtwin.pharma.pkpd.dosefinding;

import org.medtwin.pharma.pkpd.dosing.Regimen;

/**
 * One candidate regimen with how likely it is to hit the target.
 *
 * @param regimen the regimen
 * @param probability posterior probability that every target is met at steady state
 * @param medianAuc24 median steady-state AUC24
 * @param medianTrough median steady-state trough
 * @param medianPeak median steady-state peak (NaN when no peak target was set)
 * @param distance relative distance of the median of the first target's metric from the target
 *     midpoint (0 = centred), the first tie-breaker
 */
public record RegimenOption(
    Regimen regimen, double probability, double medianAuc24, double medianTrough,
    double medianPeak, double distance) {}
