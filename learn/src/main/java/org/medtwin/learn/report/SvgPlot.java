package org.medtwin.learn.report;

import java.util.List;
import java.util.Locale;

/** A small self-contained SVG line and point plot on [0, 1] x [0, 1] axes, one series per model. */
final class SvgPlot {

  static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};
  private static final int SIZE = 300;
  private static final int PAD = 40;

  record Series(String name, double[][] points, boolean line) {}

  private SvgPlot() {}

  static String plot(String title, String xLabel, String yLabel, List<Series> series, boolean diagonal) {
    StringBuilder s = new StringBuilder();
    int w = SIZE + 2 * PAD + 160;
    int h = SIZE + 2 * PAD;
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" role=\"img\"><title>").append(Html.escape(title)).append("</title>");
    s.append("<rect x=\"").append(PAD).append("\" y=\"").append(PAD).append("\" width=\"").append(SIZE).append("\" height=\"")
        .append(SIZE).append("\" fill=\"none\" stroke=\"#444\"/>");
    for (int t = 0; t <= 4; t++) {
      double v = t / 4.0;
      s.append(text(PAD + v * SIZE, PAD + SIZE + 14, fmt(v), "middle"));
      s.append(text(PAD - 6, PAD + SIZE - v * SIZE + 4, fmt(v), "end"));
    }
    s.append(text(PAD + SIZE / 2.0, h - 6, xLabel, "middle"));
    s.append("<text x=\"12\" y=\"").append(PAD + SIZE / 2).append("\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 12 ")
        .append(PAD + SIZE / 2).append(")\">").append(Html.escape(yLabel)).append("</text>");
    s.append(text(PAD + SIZE / 2.0, PAD - 12, title, "middle"));
    if (diagonal) {
      s.append("<line x1=\"").append(x(0)).append("\" y1=\"").append(y(0)).append("\" x2=\"").append(x(1)).append("\" y2=\"")
          .append(y(1)).append("\" stroke=\"#aaa\" stroke-dasharray=\"4 4\"/>");
    }
    for (int k = 0; k < series.size(); k++) {
      Series one = series.get(k);
      String colour = COLOURS[k % COLOURS.length];
      if (one.line()) {
        s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" points=\"");
        for (double[] p : one.points()) {
          s.append(fmt(x(p[0]))).append(',').append(fmt(y(p[1]))).append(' ');
        }
        s.append("\"/>");
      } else {
        for (double[] p : one.points()) {
          s.append("<circle cx=\"").append(fmt(x(p[0]))).append("\" cy=\"").append(fmt(y(p[1]))).append("\" r=\"3.5\" fill=\"")
              .append(colour).append("\"/>");
        }
      }
      s.append("<rect x=\"").append(PAD + SIZE + 12).append("\" y=\"").append(PAD + 8 + k * 18).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(colour).append("\"/>");
      s.append(text(PAD + SIZE + 28, PAD + 17 + k * 18, one.name(), "start"));
    }
    return s.append("</svg>").toString();
  }

  private static double x(double v) {
    return PAD + Math.max(0, Math.min(1, v)) * SIZE;
  }

  private static double y(double v) {
    return PAD + SIZE - Math.max(0, Math.min(1, v)) * SIZE;
  }

  private static String text(double x, double y, String text, String anchor) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"12\" text-anchor=\"" + anchor + "\">" + Html.escape(text) + "</text>";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
