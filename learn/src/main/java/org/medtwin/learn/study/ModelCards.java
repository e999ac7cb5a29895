package org.medtwin.learn.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.learn.cohort.AttritionStep;
import org.medtwin.learn.cohort.Cohort;
import org.medtwin.learn.cohort.CohortDefinition;

/** The model card stored with each model: intended use, population, performance by subgroup, limitations. */
final class ModelCards {

  private ModelCards() {}

  static Map<String, Object> card(StudyData data, String algorithm, ModelEvaluation evaluation, Map<String, Object> baseline) {
    Cohort cohort = data.cohort();
    CohortDefinition d = cohort.definition();
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("model", d.title() + " (" + algorithm + ")");
    card.put("intendedUse", "Research and decision support: estimate, for a person matching the population below at the"
        + " index date, the probability of " + d.outcome().name().toLowerCase(java.util.Locale.ROOT) + " within "
        + d.outcome().horizonDays() + " days. It ranks and flags patients for a clinician's review; it does not diagnose,"
        + " and it must not be used for persons outside the population or without checking it on local data first.");
    Map<String, Object> population = new LinkedHashMap<>();
    population.put("definition", d.description());
    population.put("indexDate", d.indexDate().toString());
    population.put("ageBand", d.minAge() + "-" + d.maxAge());
    population.put("persons", cohort.members().size());
    population.put("events", cohort.events());
    population.put("trainPersons", data.split().train().size());
    population.put("testPersons", data.split().test().size());
    population.put("split", data.split().description());
    List<Map<String, Object>> attrition = new ArrayList<>();
    for (AttritionStep s : cohort.attrition()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("criterion", s.criterion());
      row.put("remaining", s.remaining());
      row.put("removed", s.removed());
      attrition.add(row);
    }
    population.put("attrition", attrition);
    card.put("population", population);
    Map<String, Object> performance = new LinkedHashMap<>();
    performance.put("auroc", evaluation.performance().auroc().formatted(3));
    performance.put("auprc", evaluation.performance().auprc().formatted(3));
    performance.put("brier", evaluation.performance().brier().formatted(4));
    performance.put("calibrationIntercept", evaluation.performance().calibrationIntercept().formatted(2));
    performance.put("calibrationSlope", evaluation.performance().calibrationSlope().formatted(2));
    performance.put("bySubgroup", evaluation.subgroups());
    card.put("performance", performance);
    if (baseline != null) {
      card.put("clinicalBaseline", baseline);
    }
    List<String> limitations = new ArrayList<>();
    limitations.add("Trained and tested on the data of this store only; performance elsewhere is unknown until checked"
        + " (use external validation across sources).");
    limitations.add("Persons who died without the outcome before the end of the time at risk are left out (their label"
        + " cannot be known), which biases risks upward where such deaths are common.");
    limitations.add("Features come from coded records; what was never recorded reads as absent, and measurements"
        + " missing for a person are left missing (trees) or imputed with the training median and flagged (logistic regression).");
    limitations.add("Race and ethnicity are not held by the store, so no subgroup performance by race is reported and the"
        + " Pooled Cohort Equations use their white (and other) form for everyone.");
    limitations.add("Small subgroups have wide uncertainty; subgroup AUROCs are not shown where a group lacks events.");
    card.put("limitations", limitations);
    return card;
  }
}
