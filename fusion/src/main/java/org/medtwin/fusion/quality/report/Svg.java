package org.medtwin.fusion.quality.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts for the HTML report: stacked bars and a line over runs, no scripts, no CDN. */
final class Svg {

  static final String PASS = "#2e7d32";
  static final String FAIL = "#c62828";
  static final String NOT_APPLICABLE = "#bdbdbd";

  /** One bar: a label and its stacked segments (value, colour). */
  record Bar(String label, List<Segment> segments) {
    long total() {
      return segments.stream().mapToLong(Segment::value).sum();
    }
  }

  /** One segment of a stacked bar. */
  record Segment(long value, String colour, String title) {}

  private Svg() {}

  /** Horizontal stacked bars, one per label, scaled to the longest. */
  static String stackedBars(List<Bar> bars) {
    int rowHeight = 22;
    int labelWidth = 260;
    int barWidth = 460;
    long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
    StringBuilder svg = new StringBuilder();
    int height = rowHeight * bars.size() + 10;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 80)
        .append("\" height=\"").append(height).append("\" role=\"img\">");
    int y = 5;
    for (Bar bar : bars) {
      svg.append(text(4, y + 15, bar.label(), "start"));
      double x = labelWidth;
      for (Segment segment : bar.segments()) {
        double width = (double) barWidth * segment.value() / max;
        if (width > 0) {
          svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\">"
              + "<title>%s</title></rect>", x, y + 2, width, segment.colour(), Html.escape(segment.title())));
        }
        x += width;
      }
      svg.append(text((int) x + 6, y + 15, Long.toString(bar.total()), "start"));
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  /** A line per series over the runs (x: run order, y: 0 to the series' maximum or 100). */
  static String lines(List<String> xLabels, List<Series> series, double yMax, String yUnit) {
    int width = 720;
    int height = 240;
    int left = 50;
    int bottom = 30;
    int plotWidth = width - left - 150;
    int plotHeight = height - bottom - 10;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
        + "\" height=\"" + height + "\" role=\"img\">");
    double top = yMax <= 0 ? 1 : yMax;
    for (int tick = 0; tick <= 4; tick++) {
      double value = top * tick / 4;
      int y = 10 + plotHeight - (int) Math.round(plotHeight * value / top);
      svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotWidth).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#e0e0e0\"/>");
      svg.append(text(left - 4, y + 4, String.format(Locale.ROOT, "%.0f%s", value, yUnit), "end"));
    }
    int n = xLabels.size();
    for (int i = 0; i < n; i++) {
      svg.append(text(x(i, n, left, plotWidth), height - 10, xLabels.get(i), "middle"));
    }
    int legendY = 20;
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < s.values().size(); i++) {
        int y = 10 + plotHeight - (int) Math.round(plotHeight * s.values().get(i) / top);
        points.append(x(i, n, left, plotWidth)).append(',').append(y).append(' ');
        svg.append("<circle cx=\"").append(x(i, n, left, plotWidth)).append("\" cy=\"").append(y)
            .append("\" r=\"3\" fill=\"").append(s.colour()).append("\"><title>")
            .append(Html.escape(s.name() + " " + xLabels.get(i) + ": " + format(s.values().get(i))))
            .append("</title></circle>");
      }
      svg.append("<polyline fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2\" points=\"")
          .append(points.toString().strip()).append("\"/>");
      svg.append("<rect x=\"").append(left + plotWidth + 15).append("\" y=\"").append(legendY - 9)
          .append("\" width=\"10\" height=\"10\" fill=\"").append(s.colour()).append("\"/>");
      svg.append(text(left + plotWidth + 30, legendY, s.name(), "start"));
      legendY += 18;
    }
    return svg.append("</svg>").toString();
  }

  /** A named series of values, one per run. */
  record Series(String name, String colour, List<Double> values) {}

  private static int x(int i, int n, int left, int plotWidth) {
    return n <= 1 ? left + plotWidth / 2 : left + (int) Math.round((double) plotWidth * i / (n - 1));
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String text(int x, int y, String content, String anchor) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"12\" text-anchor=\"" + anchor + "\">"
        + Html.escape(content) + "</text>";
  }
}
