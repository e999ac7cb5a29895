package org.medtwin.cli.pk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A goodness-of-fit scatter plot as inline SVG: points over any x and y range (residuals go
 * negative), with an identity line or horizontal reference lines.
 */
final class ScatterChart {

  private static final int WIDTH = 380;
  private static final int HEIGHT = 320;
  private static final int LEFT = 56;
  private static final int RIGHT = 12;
  private static final int TOP = 26;
  private static final int BOTTOM = 44;

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final double[] x;
  private final double[] y;
  private final List<Double> horizontal = new ArrayList<>();
  private boolean identity;

  ScatterChart(String title, String xLabel, String yLabel, double[] x, double[] y) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.x = x.clone();
    this.y = y.clone();
  }

  /** Adds the line y = x (observed against predicted). */
  ScatterChart identityLine() {
    identity = true;
    return this;
  }

  /** Adds a horizontal reference line (0 and +-2 for weighted residuals). */
  ScatterChart horizontalLine(double level) {
    horizontal.add(level);
    return this;
  }

  String render() {
    double[] xr = range(x, identity ? y : new double[0], List.of());
    double[] yr = range(y, identity ? x : new double[0], horizontal);
    if (identity) {
      xr = new double[] {Math.min(xr[0], yr[0]), Math.max(xr[1], yr[1])};
      yr = xr;
    }
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    double[] xs = xr;
    double[] ys = yr;
    java.util.function.DoubleUnaryOperator sx = v -> LEFT + (v - xs[0]) / (xs[1] - xs[0]) * plotW;
    java.util.function.DoubleUnaryOperator sy = v -> TOP + plotH - (v - ys[0]) / (ys[1] - ys[0])
        * plotH;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-weight=\"bold\">%s</text>",
        LEFT, HtmlPage.escape(title)));
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
        + " fill=\"none\" stroke=\"#888\"/>", LEFT, TOP, plotW, plotH));
    for (double t : ticks(xs[0], xs[1])) {
      double px = sx.applyAsDouble(t);
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
          + " stroke=\"#eee\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", px,
          TOP, px, TOP + plotH, px, TOP + plotH + 14, label(t)));
    }
    for (double t : ticks(ys[0], ys[1])) {
      double py = sy.applyAsDouble(t);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
          + " stroke=\"#eee\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT, py,
          LEFT + plotW, py, LEFT - 4, py + 4, label(t)));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
        LEFT + plotW / 2, HEIGHT - 8, HtmlPage.escape(xLabel)));
    s.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\""
        + " text-anchor=\"middle\">%s</text>", TOP + plotH / 2, TOP + plotH / 2,
        HtmlPage.escape(yLabel)));
    if (identity) {
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
          + " stroke=\"#555\" stroke-dasharray=\"4,3\"/>", sx.applyAsDouble(xs[0]),
          sy.applyAsDouble(xs[0]), sx.applyAsDouble(xs[1]), sy.applyAsDouble(xs[1])));
    }
    for (double level : horizontal) {
      double py = sy.applyAsDouble(level);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
          + " stroke=\"%s\" stroke-dasharray=\"4,3\"/>", LEFT, py, LEFT + plotW, py,
          level == 0 ? "#555" : "#c0392b"));
    }
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.8\""
            + " fill=\"#2e86c1\" fill-opacity=\"0.7\"/>", sx.applyAsDouble(x[i]),
            sy.applyAsDouble(y[i])));
      }
    }
    return s.append("</svg>").toString();
  }

  private static double[] range(double[] values, double[] more, List<Double> levels) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] array : new double[][] {values, more}) {
      for (double v : array) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    for (double level : levels) {
      lo = Math.min(lo, level);
      hi = Math.max(hi, level);
    }
    if (!(hi > lo)) {
      lo = Double.isFinite(lo) ? lo - 1 : 0;
      hi = lo + 2;
    }
    double pad = 0.05 * (hi - lo);
    return new double[] {lo - pad, hi + pad};
  }

  private static List<Double> ticks(double lo, double hi) {
    double raw = (hi - lo) / 5;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = 10 * p;
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * p >= raw) {
        step = m * p;
        break;
      }
    }
    List<Double> out = new ArrayList<>();
    for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
      out.add(Math.abs(t) < 1e-12 * step ? 0 : t);
    }
    return out;
  }

  private static String label(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v))
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
