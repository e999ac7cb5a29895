package org.medtwin.learn.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.learn.cohort.CohortMember;
import org.medtwin.learn.evaluate.Discrimination;

/**
 * The model against the clinical baseline (the Pooled Cohort Equations for the ascvd study) on the
 * same test persons: those the baseline can score, with both AUROCs and a sentence saying which
 * is better and why it might not be.
 */
final class BaselineComparison {

  private BaselineComparison() {}

  static Map<String, Object> compare(String baselineName, double[] baseline, double[] model, List<CohortMember> test, String note) {
    List<Double> b = new ArrayList<>();
    List<Double> m = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int i = 0; i < baseline.length; i++) {
      if (!Double.isNaN(baseline[i])) {
        b.add(baseline[i]);
        m.add(model[i]);
        y.add(test.get(i).label());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("baseline", baselineName);
    out.put("testPersons", test.size());
    out.put("scoredByBaseline", b.size());
    int events = y.stream().mapToInt(Integer::intValue).sum();
    out.put("events", events);
    out.put("inputs", note);
    if (events == 0 || events == y.size()) {
      out.put("verdict", "Not compared: the test persons the baseline can score hold " + events + " events among "
          + y.size() + "; an AUROC needs both events and non-events.");
      return out;
    }
    int[] yy = y.stream().mapToInt(Integer::intValue).toArray();
    double baseAuroc = Discrimination.auroc(b.stream().mapToDouble(Double::doubleValue).toArray(), yy);
    double modelAuroc = Discrimination.auroc(m.stream().mapToDouble(Double::doubleValue).toArray(), yy);
    out.put("baselineAuroc", baseAuroc);
    out.put("modelAuroc", modelAuroc);
    out.put("verdict", modelAuroc > baseAuroc
        ? "The model's AUROC is above the baseline's on the same test persons."
        : "The model does not beat the baseline here (" + String.format(java.util.Locale.ROOT, "%.3f vs %.3f", modelAuroc, baseAuroc)
            + " on " + y.size() + " persons with " + events + " events): the equations distil decades of cohort data into"
            + " the strongest predictors (age, blood pressure, cholesterol), which a model trained on this few events"
            + " cannot learn better; the confidence intervals show how uncertain both are.");
    return out;
  }
}
