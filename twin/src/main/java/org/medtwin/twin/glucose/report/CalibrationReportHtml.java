package org.medtwin.twin.glucose.report;

import java.util.Locale;
import org.medtwin.twin.glucose.calibrate.BolusAdvice;
import org.medtwin.twin.glucose.calibrate.Calibration;
import org.medtwin.twin.glucose.calibrate.CgmReading;
import org.medtwin.twin.glucose.calibrate.GlucoseForecast;
import org.medtwin.twin.glucose.calibrate.ParameterEstimate;

/**
 * A self-contained HTML page (inline SVG, no scripts, nothing fetched) of a calibration: CGM
 * readings, the calibrated twin over the history, and the forecast band after the advised bolus.
 */
public final class CalibrationReportHtml {

  private CalibrationReportHtml() {}

  /** The page. */
  public static String render(CalibrationReport report) {
    Calibration c = report.calibration();
    BolusAdvice advice = report.advice();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append(chart(report));
    html.append("<h2>Calibrated parameters</h2>\n<table><tr><th>factor on the virtual patient's"
        + " value</th><th>5 %</th><th>median</th><th>95 %</th></tr>\n");
    row(html, "insulin sensitivity (Vmx)", c.insulinSensitivity());
    row(html, "carbohydrate absorption (kabs)", c.absorption());
    html.append("</table>\n");
    html.append(String.format(Locale.ROOT, "<p>%d CGM readings over %d minutes, %d particles,"
        + " %d resamplings; the calibrated twin follows the CGM with RMSE %.1f mg/dL.</p>\n",
        c.readingsUsed(), c.minute(), c.particleCount(), c.resamplings(), report.fitRmseMgDl()));
    html.append("<h2>Bolus advice</h2>\n");
    html.append(String.format(Locale.ROOT, "<p>For %.0f g of carbohydrate now: <b>%.2f U</b>"
        + " (standard calculator: %.2f U). Lowest glucose over the next %d minutes: 5th"
        + " percentile %.0f mg/dL.%s</p>\n", advice.mealGrams(), advice.advisedUnits(),
        advice.calculatorUnits(), advice.forecast().horizonMinutes(),
        advice.forecast().p5OfMinimum(), advice.limitedByHypoglycaemia()
            ? " The dose was lowered to keep that percentile at or above 70 mg/dL." : ""));
    return HtmlPage.of("Glucose twin: " + c.patient().name(), html.toString());
  }

  private static String chart(CalibrationReport report) {
    int now = report.calibration().minute();
    GlucoseForecast f = report.advice().forecast();
    GlucoseChart chart = new GlucoseChart(now + f.horizonMinutes(), "glucose history and forecast")
        .band(now, f.stepMinutes(), f.p5(), f.p95(), "forecast 5–95 %")
        .line(now, f.stepMinutes(), f.median(), "#1565c0", 2, "forecast median");
    double[] sub = report.fitted().subcutaneousGlucose();
    double[] fitted = new double[now / 5 + 1];
    for (int i = 0; i < fitted.length; i++) {
      fitted[i] = sub[i * 5];
    }
    chart.line(0, 5, fitted, "#424242", 1.5, "calibrated twin (sensor glucose)");
    for (CgmReading r : report.cgm()) {
      chart.dot(r.minute(), r.mgDl());
    }
    return chart.marker(now, "now").render(
        "● CGM  — calibrated twin  ▬ forecast median and 5–95 % band  ▭ 70–180 mg/dL");
  }

  private static void row(StringBuilder html, String name, ParameterEstimate e) {
    html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.3f</td><td>%.3f</td>"
        + "<td>%.3f</td></tr>\n", name, e.p5(), e.median(), e.p95()));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
