package org.medtwin.twin.glucose.report;

import java.util.Locale;
import org.medtwin.twin.glucose.metrics.GlycemicMetrics;
import org.medtwin.twin.glucose.sim.Bolus;
import org.medtwin.twin.glucose.sim.Meal;
import org.medtwin.twin.glucose.sim.Scenario;
import org.medtwin.twin.glucose.sim.Trajectory;

/** A self-contained HTML page of one simulated scenario: the glucose course, meals and metrics. */
public final class SimulationReportHtml {

  private SimulationReportHtml() {}

  /**
   * The page: plasma and subcutaneous glucose every {@code step} minutes, a marker per meal and
   * explicit bolus, and the CGM metrics of the plasma values.
   */
  public static String render(Trajectory trajectory, Scenario scenario, int step) {
    double[] plasma = trajectory.plasmaGlucoseEvery(step);
    double[] sub = trajectory.subcutaneousGlucose();
    double[] subSampled = new double[plasma.length];
    for (int i = 0; i < subSampled.length; i++) {
      subSampled[i] = sub[i * step];
    }
    GlucoseChart chart = new GlucoseChart(trajectory.durationMinutes(), "simulated glucose")
        .line(0, step, subSampled, "#9e9e9e", 1.2, "subcutaneous glucose")
        .line(0, step, plasma, "#1565c0", 2, "plasma glucose");
    for (Meal meal : scenario.meals()) {
      chart.marker(meal.minute(), String.format(Locale.ROOT, "%.0f g", meal.grams()));
    }
    for (Bolus bolus : scenario.boluses()) {
      chart.marker(bolus.minute(), String.format(Locale.ROOT, "%.2f U", bolus.units()));
    }
    GlycemicMetrics m = GlycemicMetrics.of(plasma);
    String body = chart.render("— plasma glucose  — subcutaneous glucose  ┆ meals (with "
        + (scenario.carbRatioBoluses() ? "carb-ratio bolus" : "no carb-ratio bolus")
        + ")  ▭ 70–180 mg/dL")
        + String.format(Locale.ROOT, "<h2>Metrics of plasma glucose (%d values, every %d min)</h2>"
        + "\n<table><tr><th>metric</th><th>value</th></tr>\n"
        + "<tr><td>time in range 70–180 mg/dL</td><td>%.1f %%</td></tr>\n"
        + "<tr><td>time below 70 mg/dL</td><td>%.1f %%</td></tr>\n"
        + "<tr><td>time below 54 mg/dL</td><td>%.1f %%</td></tr>\n"
        + "<tr><td>time above 180 mg/dL</td><td>%.1f %%</td></tr>\n"
        + "<tr><td>time above 250 mg/dL</td><td>%.1f %%</td></tr>\n"
        + "<tr><td>mean glucose</td><td>%.1f mg/dL</td></tr>\n"
        + "<tr><td>coefficient of variation</td><td>%.1f %%</td></tr>\n"
        + "<tr><td>glucose management indicator</td><td>%.2f %%</td></tr>\n</table>\n",
        m.readings(), step, m.timeInRangePercent(), m.timeBelow70Percent(),
        m.timeBelow54Percent(), m.timeAbove180Percent(), m.timeAbove250Percent(), m.meanMgDl(),
        m.coefficientOfVariationPercent(), m.glucoseManagementIndicatorPercent());
    return HtmlPage.of("Glucose twin simulation: " + trajectory.patient(), body);
  }
}
