package org.medtwin.twin.glucose.patient;

/**
 * A virtual patient's therapy settings from {@code Quest.csv}.
 *
 * @param carbRatio grams of carbohydrate covered by 1 U of insulin (CR)
 * @param correctionFactor mg/dL that 1 U of insulin lowers glucose (CF)
 * @param ageYears age in years
 * @param totalDailyInsulin total daily insulin, U/day (TDI)
 */
public record TherapyParameters(
    double carbRatio, double correctionFactor, double ageYears, double totalDailyInsulin) {}
