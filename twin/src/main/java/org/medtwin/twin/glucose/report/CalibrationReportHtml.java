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

  private static final int WIDTH = 900, HEIGHT = 360, LEFT = 50, RIGHT = 20, TOP = 15, BOTTOM = 40;
  private static final double G_MIN = 40, G_MAX = 400;

  private CalibrationReportHtml() {}

  /** The page. */
  public static String render(CalibrationReport report) {
    Calibration c = report.calibration();
    BolusAdvice advice = report.advice();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Glucose twin calibration: ").append(escape(c.patient().name()))
        .append("</title><style>body{font-family:sans-serif;max-width:960px;margin:1em auto;}")
        .append("table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;")
        .append("text-align:right}th:first-child,td:first-child{text-align:left}")
        .append(".note{color:#555;font-size:90%}</style></head><body>\n");
    html.append("<h1>Glucose twin: ").append(escape(c.patient().name())).append("</h1>\n");
    html.append("<p class=\"note\">Research use only: a UVA/Padova (S2008) twin calibrated to CGM;"
        + " not a treatment decision.</p>\n");
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
    html.append("</body></html>\n");
    return html.toString();
  }

  private static String chart(CalibrationReport report) {
    int now = report.calibration().minute();
    GlucoseForecast f = report.advice().forecast();
    int end = now + f.horizonMinutes();
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" role=\"img\" aria-label=\"glucose history and forecast\">\n",
        WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
        + " fill=\"#e8f5e9\"/>\n", x(0, end), y(180), x(end, end) - x(0, end), y(70) - y(180)));
    axes(svg, end);
    StringBuilder band = new StringBuilder();
    double[] p5 = f.p5();
    double[] p95 = f.p95();
    for (int i = 0; i < p95.length; i++) {
      band.append(point(now + i * f.stepMinutes(), p95[i], end));
    }
    for (int i = p5.length - 1; i >= 0; i--) {
      band.append(point(now + i * f.stepMinutes(), p5[i], end));
    }
    svg.append("<polygon fill=\"#90caf9\" fill-opacity=\"0.6\" points=\"").append(band)
        .append("\"><title>forecast 5–95 %</title></polygon>\n");
    StringBuilder median = new StringBuilder();
    double[] m = f.median();
    for (int i = 0; i < m.length; i++) {
      median.append(point(now + i * f.stepMinutes(), m[i], end));
    }
    svg.append("<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"")
        .append(median).append("\"><title>forecast median</title></polyline>\n");
    StringBuilder fitted = new StringBuilder();
    double[] sub = report.fitted().subcutaneousGlucose();
    for (int minute = 0; minute <= now; minute += 5) {
      fitted.append(point(minute, sub[minute], end));
    }
    svg.append("<polyline fill=\"none\" stroke=\"#424242\" stroke-width=\"1.5\" points=\"")
        .append(fitted).append("\"><title>calibrated twin (sensor glucose)</title></polyline>\n");
    for (CgmReading r : report.cgm()) {
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\""
          + " fill=\"#e65100\"/>", x(r.minute(), end), y(r.mgDl())));
    }
    svg.append(String.format(Locale.ROOT, "\n<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\""
        + " stroke=\"#000\" stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\">"
        + "now</text>\n", x(now, end), x(now, end), TOP, HEIGHT - BOTTOM, x(now, end) + 3, TOP + 10));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">"
        + "● CGM  — calibrated twin  ▬ forecast median and 5–95 %% band  ▭ 70–180 mg/dL</text>\n",
        LEFT, HEIGHT - 5));
    return svg.append("</svg>\n").toString();
  }

  private static void axes(StringBuilder svg, int end) {
    for (int g = 50; g <= 400; g += 50) {
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\""
          + " stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">"
          + "%d</text>\n", LEFT, WIDTH - RIGHT, y(g), y(g), LEFT - 4, y(g) + 3, g));
    }
    int hourStep = end > 2 * 1440 ? 720 : end > 720 ? 180 : 60;
    for (int minute = 0; minute <= end; minute += hourStep) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\""
          + " text-anchor=\"middle\">%d h</text>\n", x(minute, end), HEIGHT - BOTTOM + 14,
          minute / 60));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"10\" transform=\""
        + "rotate(-90 12 %d)\">mg/dL</text>\n", HEIGHT / 2, HEIGHT / 2));
  }

  private static String point(double minute, double glucose, int end) {
    return String.format(Locale.ROOT, "%.1f,%.1f ", x(minute, end), y(glucose));
  }

  private static double x(double minute, int end) {
    return LEFT + (WIDTH - LEFT - RIGHT) * minute / Math.max(end, 1);
  }

  private static double y(double glucose) {
    double g = Math.max(G_MIN, Math.min(G_MAX, glucose));
    return TOP + (HEIGHT - TOP - BOTTOM) * (G_MAX - g) / (G_MAX - G_MIN);
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
