package org.medtwin.learn.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.learn.cohort.CohortMember;
import org.medtwin.learn.evaluate.Calibration;
import org.medtwin.learn.evaluate.Discrimination;
import org.medtwin.learn.evaluate.Estimate;
import org.medtwin.learn.evaluate.Performance;

/**
 * A model's performance on the test persons: the metrics with bootstrap intervals, the curves of
 * the report, the risk bands a patient's score is placed in, and performance by sex and age band.
 */
public record ModelEvaluation(Performance performance, double[][] roc, double[][] precisionRecall, double[][] calibration,
    List<Map<String, Object>> riskBands, List<Map<String, Object>> subgroups) {

  static final int[][] AGE_BANDS = {{18, 39}, {40, 49}, {50, 59}, {60, 69}, {70, 79}, {80, 200}};

  /** Evaluates risks against the members' labels with the seeded bootstrap. */
  public static ModelEvaluation of(double[] risk, List<CohortMember> members, long seed) {
    int[] y = members.stream().mapToInt(CohortMember::label).toArray();
    Performance performance = Performance.of(risk, y, Performance.DEFAULT_RESAMPLES, seed);
    List<Map<String, Object>> subgroups = new ArrayList<>();
    for (String sex : new String[] {"female", "male"}) {
      subgroups.add(subgroup("sex " + sex, risk, members, m -> sex.equals(m.sex())));
    }
    for (int[] band : AGE_BANDS) {
      String name = band[1] >= 200 ? "age " + band[0] + "+" : "age " + band[0] + "-" + band[1];
      subgroups.add(subgroup(name, risk, members, m -> m.ageAtIndex() >= band[0] && m.ageAtIndex() < band[1] + 1));
    }
    return new ModelEvaluation(performance, Discrimination.rocCurve(risk, y), Discrimination.precisionRecallCurve(risk, y),
        Calibration.curve(risk, y, 10), bands(risk, y), subgroups);
  }

  private static Map<String, Object> subgroup(String name, double[] risk, List<CohortMember> members,
      java.util.function.Predicate<CohortMember> in) {
    List<Double> r = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int i = 0; i < risk.length; i++) {
      if (in.test(members.get(i))) {
        r.add(risk[i]);
        y.add(members.get(i).label());
      }
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("group", name);
    row.put("persons", r.size());
    int events = y.stream().mapToInt(Integer::intValue).sum();
    row.put("events", events);
    if (r.isEmpty()) {
      return row;
    }
    double[] rr = r.stream().mapToDouble(Double::doubleValue).toArray();
    int[] yy = y.stream().mapToInt(Integer::intValue).toArray();
    row.put("brier", Calibration.brier(rr, yy));
    row.put("meanRisk", java.util.Arrays.stream(rr).average().orElse(Double.NaN));
    if (events > 0 && events < r.size()) {
      row.put("auroc", Discrimination.auroc(rr, yy));
    }
    return row;
  }

  /** Ten groups by predicted risk with their range, persons and events: where a new patient's risk is placed. */
  private static List<Map<String, Object>> bands(double[] risk, int[] y) {
    Integer[] order = new Integer[risk.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(k -> risk[k]));
    int groups = Math.max(1, Math.min(10, risk.length));
    List<Map<String, Object>> bands = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      int from = (int) ((long) g * risk.length / groups);
      int to = (int) ((long) (g + 1) * risk.length / groups);
      int events = 0;
      for (int k = from; k < to; k++) {
        events += y[order[k]];
      }
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("low", risk[order[from]]);
      band.put("high", risk[order[to - 1]]);
      band.put("persons", to - from);
      band.put("events", events);
      bands.add(band);
    }
    return bands;
  }

  /** The evaluation as the JSON-ready map stored in the registry. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("persons", performance.persons());
    map.put("events", performance.events());
    map.put("bootstrapResamples", Performance.DEFAULT_RESAMPLES);
    map.put("auroc", estimate(performance.auroc()));
    map.put("auprc", estimate(performance.auprc()));
    map.put("brier", estimate(performance.brier()));
    map.put("calibrationIntercept", estimate(performance.calibrationIntercept()));
    map.put("calibrationSlope", estimate(performance.calibrationSlope()));
    map.put("calibrationCurve", calibration);
    map.put("riskBands", riskBands);
    map.put("subgroups", subgroups);
    return map;
  }

  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", e.value());
    m.put("low", e.low());
    m.put("high", e.high());
    return m;
  }
}
