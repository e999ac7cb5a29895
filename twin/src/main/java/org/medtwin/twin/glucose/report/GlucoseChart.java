package org.medtwin.twin.glucose.report;

import java.util.Locale;

/**
 * An inline SVG glucose chart: minutes across, 40–400 mg/dL up, the 70–180 mg/dL target range
 * shaded. Shared by the report pages so they look alike.
 */
final class GlucoseChart {

  static final int WIDTH = 900, HEIGHT = 360, LEFT = 50, RIGHT = 20, TOP = 15, BOTTOM = 40;
  private static final double G_MIN = 40, G_MAX = 400;

  private final int endMinute;
  private final StringBuilder svg = new StringBuilder();

  GlucoseChart(int endMinute, String label) {
    this.endMinute = Math.max(endMinute, 1);
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" role=\"img\" aria-label=\"%s\">\n", WIDTH, HEIGHT,
        CalibrationReportHtml.escape(label)));
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
        + " height=\"%.1f\" fill=\"#e8f5e9\"/>\n", x(0), y(180), x(this.endMinute) - x(0),
        y(70) - y(180)));
    axes();
  }

  /** A line through glucose values {@code step} minutes apart starting at {@code startMinute}. */
  GlucoseChart line(int startMinute, int step, double[] glucose, String colour, double width,
      String title) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < glucose.length; i++) {
      points.append(point(startMinute + i * step, glucose[i]));
    }
    svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
        .append(width).append("\" points=\"").append(points).append("\"><title>")
        .append(CalibrationReportHtml.escape(title)).append("</title></polyline>\n");
    return this;
  }

  /** A shaded band between a lower and an upper course. */
  GlucoseChart band(int startMinute, int step, double[] lower, double[] upper, String title) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < upper.length; i++) {
      points.append(point(startMinute + i * step, upper[i]));
    }
    for (int i = lower.length - 1; i >= 0; i--) {
      points.append(point(startMinute + i * step, lower[i]));
    }
    svg.append("<polygon fill=\"#90caf9\" fill-opacity=\"0.6\" points=\"").append(points)
        .append("\"><title>").append(CalibrationReportHtml.escape(title))
        .append("</title></polygon>\n");
    return this;
  }

  /** A dot per reading. */
  GlucoseChart dot(int minute, double glucose) {
    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\""
        + " fill=\"#e65100\"/>", x(minute), y(glucose)));
    return this;
  }

  /** A dashed vertical marker with a label. */
  GlucoseChart marker(int minute, String label) {
    svg.append(String.format(Locale.ROOT, "\n<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\""
        + " stroke=\"#000\" stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\">"
        + "%s</text>\n", x(minute), x(minute), TOP, HEIGHT - BOTTOM, x(minute) + 3, TOP + 10,
        CalibrationReportHtml.escape(label)));
    return this;
  }

  /** The finished SVG element, with a legend line under the plot. */
  String render(String legend) {
    return svg + String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n",
        LEFT, HEIGHT - 5, CalibrationReportHtml.escape(legend)) + "</svg>\n";
  }

  private void axes() {
    for (int g = 50; g <= 400; g += 50) {
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\""
          + " stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">"
          + "%d</text>\n", LEFT, WIDTH - RIGHT, y(g), y(g), LEFT - 4, y(g) + 3, g));
    }
    int tick = endMinute > 4 * 1440 ? 1440 : endMinute > 2 * 1440 ? 720
        : endMinute > 720 ? 180 : 60;
    for (int minute = 0; minute <= endMinute; minute += tick) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\""
          + " text-anchor=\"middle\">%d h</text>\n", x(minute), HEIGHT - BOTTOM + 14,
          minute / 60));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"10\" transform=\""
        + "rotate(-90 12 %d)\">mg/dL</text>\n", HEIGHT / 2, HEIGHT / 2));
  }

  private String point(double minute, double glucose) {
    return String.format(Locale.ROOT, "%.1f,%.1f ", x(minute), y(glucose));
  }

  private double x(double minute) {
    return LEFT + (WIDTH - LEFT - RIGHT) * minute / endMinute;
  }

  private static double y(double glucose) {
    double g = Math.max(G_MIN, Math.min(G_MAX, glucose));
    return TOP + (HEIGHT - TOP - BOTTOM) * (G_MAX - g) / (G_MAX - G_MIN);
  }
}
