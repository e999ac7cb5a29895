package org.medtwin.twin.ranking;

import org.medtwin.pharma.pkpd.simulation.ExposureTarget;

/**
 * A drug of the formulary: its model in the pharmacology library, the population that model is valid
 * for, and the exposures that count as efficacy and as toxicity.
 *
 * @param drug the drug's name
 * @param rxnorm its RxNorm ingredient code
 * @param model the library model's name
 * @param ageYears the model's valid age range in years, or null
 * @param ageDays the valid age range in days (infant models), or null
 * @param weightKg the valid weight range in kg, or null
 * @param efficacy the target exposure, or null when the twin cannot simulate it
 * @param toxicMetric the metric whose high values are toxic, or null
 * @param toxicAbove the toxic threshold of that metric
 * @param source the citation for the targets
 */
public record FormularyDrug(
    String drug,
    String rxnorm,
    String model,
    double[] ageYears,
    double[] ageDays,
    double[] weightKg,
    ExposureTarget efficacy,
    ExposureTarget.Metric toxicMetric,
    double toxicAbove,
    String source) {}
