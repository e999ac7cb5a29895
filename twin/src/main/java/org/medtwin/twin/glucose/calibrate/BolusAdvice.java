package org.medtwin.twin.glucose.calibrate;

/**
 * A meal bolus suggested by the calibrated twin, with the forecast it leads to.
 *
 * @param mealGrams carbohydrate of the meal eaten now
 * @param advisedUnits the twin's bolus, U, rounded down to 0.05 U
 * @param calculatorUnits the standard bolus calculator's dose for comparison: grams/CR plus
 *     (current CGM − target)/CF, not below 0 (no insulin-on-board term)
 * @param forecast plasma-glucose forecast with the advised bolus
 * @param limitedByHypoglycaemia whether the dose was lowered so the 5th percentile of the
 *     lowest predicted glucose stays at or above 70 mg/dL
 */
public record BolusAdvice(double mealGrams, double advisedUnits, double calculatorUnits,
    GlucoseForecast forecast, boolean limitedByHypoglycaemia) {}
