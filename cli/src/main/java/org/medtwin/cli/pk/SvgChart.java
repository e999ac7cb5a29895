package org.medtwin.cli.pk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A concentration-time chart as inline SVG: lines, shaded bands and measured points. */
final class SvgChart {

  private static final int WIDTH = 760;
  private static final int HEIGHT = 340;
  private static final int LEFT = 64;
  private static final int RIGHT = 150;
  private static final int TOP = 20;
  private static final int BOTTOM = 44;

  private record Line(String name, double[] x, double[] y, String color, boolean dashed) {}

  private record Band(String name, double[] x, double[] lo, double[] hi, String color) {}

  private record Points(String name, double[] x, double[] y, String color, boolean hollow) {}

  private final String xLabel;
  private final String yLabel;
  private final List<Line> lines = new ArrayList<>();
  private final List<Band> bands = new ArrayList<>();
  private final List<Points> points = new ArrayList<>();
  private final List<double[]> guides = new ArrayList<>();

  SvgChart(String xLabel, String yLabel) {
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  SvgChart line(String name, double[] x, double[] y, String color) {
    lines.add(new Line(name, x, y, color, false));
    return this;
  }

  SvgChart dashed(String name, double[] x, double[] y, String color) {
    lines.add(new Line(name, x, y, color, true));
    return this;
  }

  SvgChart band(String name, double[] x, double[] lo, double[] hi, String color) {
    bands.add(new Band(name, x, lo, hi, color));
    return this;
  }

  SvgChart points(String name, double[] x, double[] y, String color, boolean hollow) {
    points.add(new Points(name, x, y, color, hollow));
    return this;
  }

  /** A horizontal guide (a target limit) at concentration y. */
  SvgChart guide(double y) {
    guides.add(new double[] {y});
    return this;
  }

  String render() {
    double xmin = Double.POSITIVE_INFINITY;
    double xmax = Double.NEGATIVE_INFINITY;
    double ymax = 0;
    for (Line l : lines) {
      for (int i = 0; i < l.x.length; i++) {
        xmin = Math.min(xmin, l.x[i]);
        xmax = Math.max(xmax, l.x[i]);
        ymax = Math.max(ymax, finite(l.y[i]));
      }
    }
    for (Band b : bands) {
      for (int i = 0; i < b.x.length; i++) {
        xmin = Math.min(xmin, b.x[i]);
        xmax = Math.max(xmax, b.x[i]);
        ymax = Math.max(ymax, finite(b.hi[i]));
      }
    }
    for (Points p : points) {
      for (int i = 0; i < p.x.length; i++) {
        xmin = Math.min(xmin, p.x[i]);
        xmax = Math.max(xmax, p.x[i]);
        ymax = Math.max(ymax, finite(p.y[i]));
      }
    }
    for (double[] g : guides) {
      ymax = Math.max(ymax, g[0]);
    }
    if (!(xmax > xmin)) {
      xmax = xmin + 1;
    }
    if (!(ymax > 0)) {
      ymax = 1;
    }
    ymax = niceCeil(ymax * 1.05);
    double x0 = xmin;
    double x1 = xmax;
    double y1 = ymax;
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    java.util.function.DoubleUnaryOperator sx = x -> LEFT + (x - x0) / (x1 - x0) * plotW;
    java.util.function.DoubleUnaryOperator sy = y -> TOP + plotH - Math.max(0, y) / y1 * plotH;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
        + " fill=\"none\" stroke=\"#888\"/>", LEFT, TOP, plotW, plotH));
    for (double t : ticks(x0, x1)) {
      double px = sx.applyAsDouble(t);
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
          + " stroke=\"#eee\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", px, TOP,
          px, TOP + plotH, px, TOP + plotH + 14, label(t)));
    }
    for (double t : ticks(0, y1)) {
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
    for (double[] g : guides) {
      double py = sy.applyAsDouble(g[0]);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
          + " stroke=\"#c0392b\" stroke-dasharray=\"2,3\"/>", LEFT, py, LEFT + plotW, py));
    }
    int legend = 0;
    for (Band b : bands) {
      StringBuilder poly = new StringBuilder();
      for (int i = 0; i < b.x.length; i++) {
        poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", sx.applyAsDouble(b.x[i]),
            sy.applyAsDouble(finite(b.hi[i]))));
      }
      for (int i = b.x.length - 1; i >= 0; i--) {
        poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", sx.applyAsDouble(b.x[i]),
            sy.applyAsDouble(finite(b.lo[i]))));
      }
      s.append("<polygon points=\"").append(poly).append("\" fill=\"").append(b.color)
          .append("\" fill-opacity=\"0.25\" stroke=\"none\"/>");
      legend = legendEntry(s, legend, b.name, b.color, "band");
    }
    for (Line l : lines) {
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < l.x.length; i++) {
        path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f",
            sx.applyAsDouble(l.x[i]), sy.applyAsDouble(finite(l.y[i]))));
      }
      s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(l.color)
          .append("\" stroke-width=\"1.6\"").append(l.dashed ? " stroke-dasharray=\"5,3\"" : "")
          .append("/>");
      legend = legendEntry(s, legend, l.name, l.color, "line");
    }
    for (Points p : points) {
      for (int i = 0; i < p.x.length; i++) {
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\""
            + " stroke=\"%s\"/>", sx.applyAsDouble(p.x[i]), sy.applyAsDouble(finite(p.y[i])),
            p.hollow ? "white" : p.color, p.color));
      }
      legend = legendEntry(s, legend, p.name, p.color, p.hollow ? "hollow" : "point");
    }
    return s.append("</svg>").toString();
  }

  private static int legendEntry(StringBuilder s, int row, String name, String color, String kind) {
    int x = WIDTH - RIGHT + 10;
    int y = TOP + 10 + row * 16;
    if (kind.equals("band")) {
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"8\""
          + " fill=\"%s\" fill-opacity=\"0.25\"/>", x, y - 7, color));
    } else if (kind.equals("line")) {
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
          + " stroke=\"%s\" stroke-width=\"2\"/>", x, y - 3, x + 14, y - 3, color));
    } else {
      s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3.5\" fill=\"%s\""
          + " stroke=\"%s\"/>", x + 7, y - 3, kind.equals("hollow") ? "white" : color, color));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 20, y,
        HtmlPage.escape(name)));
    return row + 1;
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0;
  }

  private static double niceCeil(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static List<Double> ticks(double lo, double hi) {
    double span = hi - lo;
    double step = niceCeil(span / 6);
    List<Double> out = new ArrayList<>();
    for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9 * span; t += step) {
      out.add(t);
    }
    return out;
  }

  private static String label(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v))
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
